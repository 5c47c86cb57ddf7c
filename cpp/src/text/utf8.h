// UTF-8 decoding, validation and code-point classes (internal).
#ifndef PARLEY_SRC_TEXT_UTF8_H_
#define PARLEY_SRC_TEXT_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace parley::detail {

// Throws ParseError naming the first byte offset that is not well-formed UTF-8
// (overlongs, surrogates and code points above U+10FFFF are rejected).
void validate_utf8(std::string_view s);

// Decodes the code point at s[i] (s must be valid UTF-8) and stores its byte
// length in *len. Returns U+FFFD with *len = 1 for a malformed byte.
char32_t decode(std::string_view s, std::size_t i, int* len);

// Decodes the code point that ends just before s[i]; *len is its byte length.
char32_t decode_before(std::string_view s, std::size_t i, int* len);

inline bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

bool is_letter(char32_t c);   // Latin, Greek, Cyrillic, CJK, other alphabetic
bool is_upper(char32_t c);    // uppercase letters of Latin, Greek, Cyrillic
bool is_lower(char32_t c);
bool is_digit(char32_t c);    // ASCII digits
bool is_space(char32_t c);    // ASCII and Unicode spaces, NBSP
bool is_cjk(char32_t c);
bool is_dash(char32_t c);     // - ‐ ‑ ‒ – — ― −
bool is_open_quote(char32_t c);   // " “ „ « ‘ ‚ ' ‹ 「 『
bool is_close_quote(char32_t c);  // " ” » ’ ' › 」 』
char32_t to_lower(char32_t c);    // Latin, Greek, Cyrillic simple case folding

}  // namespace parley::detail

#endif  // PARLEY_SRC_TEXT_UTF8_H_
