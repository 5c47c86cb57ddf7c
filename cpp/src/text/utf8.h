// UTF-8 decoding, validation and code-point classes (internal).
#ifndef PARLEY_SRC_TEXT_UTF8_H_
#define PARLEY_SRC_TEXT_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace parley::detail {

// Throws ParseError naming the first byte offset that is not well-formed UTF-8
// (overlongs, surrogates and code points above U+10FFFF are rejected).
void validate_utf8(std::string_view s);

inline bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// How many of the eight bytes packed in `w` are continuation bytes (10xxxxxx): bit 7 set and bit 6
// (shifted up into bit 7) clear gives one flag per byte, and one multiply adds the flags up in the top
// byte. (std::popcount is a call into libgcc: parley is built for every x86-64, without -mpopcnt.)
inline int continuation_bytes(std::uint64_t w) {
  const std::uint64_t flags = (w & ~(w << 1) & 0x8080808080808080ULL) >> 7;
  return static_cast<int>((flags * 0x0101010101010101ULL) >> 56);
}

// Continuation bytes among the n bytes at p, eight at a time (the code points there are n minus them).
inline std::size_t count_continuations(const unsigned char* p, std::size_t n) {
  std::size_t count = 0, i = 0;
  for (; i + 8 <= n; i += 8) {
    std::uint64_t w;
    std::memcpy(&w, p + i, 8);
    count += static_cast<std::size_t>(continuation_bytes(w));
  }
  for (; i < n; ++i) count += is_continuation(p[i]);
  return count;
}

// decode() past its ASCII case (out of line).
char32_t decode_multibyte(std::string_view s, std::size_t i, int* len);

// Decodes the code point at s[i] (s must be valid UTF-8) and stores its byte
// length in *len. Returns U+FFFD with *len = 1 for a malformed byte.
inline char32_t decode(std::string_view s, std::size_t i, int* len) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  return decode_multibyte(s, i, len);
}

// Decodes the code point that ends just before s[i]; *len is its byte length.
char32_t decode_before(std::string_view s, std::size_t i, int* len);

// Code-point classes (inline: the tokenizer and every stage call them per character).
// is_letter: Latin, Greek, Cyrillic, CJK, other alphabetic; is_upper: uppercase
// letters of Latin, Greek, Cyrillic; is_digit: ASCII digits; is_space: ASCII and
// Unicode spaces, NBSP; is_dash: - ‐ ‑ ‒ – — ― −; is_open_quote: " “ „ « ‘ ‚ ' ‹ 「 『;
// is_close_quote: " ” » ’ ' › 」 』; to_lower: Latin, Greek, Cyrillic simple case folding.
inline bool is_cjk(char32_t c) {
  if (c < 0x3040) return false;
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x3040 && c <= 0x30FF) ||
         (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x20000 && c <= 0x2FFFF) || (c >= 0xF900 && c <= 0xFAFF);
}

inline bool is_upper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
  if (c >= 0x100 && c <= 0x17F) return (c % 2 == 0) != (c >= 0x139 && c <= 0x148) && c != 0x138 && c != 0x149;
  if (c >= 0x391 && c <= 0x3AB) return true;             // Greek capitals
  if (c >= 0x400 && c <= 0x42F) return true;             // Cyrillic capitals
  if (c >= 0x460 && c <= 0x4FF) return c % 2 == 0;       // extended Cyrillic pairs
  return false;
}

inline bool is_lower(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  if (c >= 0xDF && c <= 0xFF) return c != 0xF7;
  if (c >= 0x100 && c <= 0x17F) return !is_upper(c);
  if (c >= 0x3AC && c <= 0x3CE) return true;
  if (c >= 0x430 && c <= 0x45F) return true;
  if (c >= 0x460 && c <= 0x4FF) return c % 2 == 1;
  return false;
}

inline bool is_letter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  if (c == 0xAA || c == 0xB5 || c == 0xBA) return true;
  if (c >= 0xC0 && c <= 0x24F) return c != 0xD7 && c != 0xF7;
  if (c >= 0x370 && c <= 0x3FF) return c >= 0x386;
  if (c >= 0x400 && c <= 0x52F) return !(c >= 0x482 && c <= 0x489);
  if (c >= 0x1E00 && c <= 0x1EFF) return true;  // Latin extended additional (Vietnamese)
  if (c >= 0x5D0 && c <= 0x5EA) return true;    // Hebrew
  if (c >= 0x620 && c <= 0x64A) return true;    // Arabic
  return is_cjk(c);
}

inline bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }

inline bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 ||
         (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

inline bool is_dash(char32_t c) { return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212; }

inline bool is_open_quote(char32_t c) {
  return c == '"' || c == '\'' || c == 0x201C || c == 0x201E || c == 0xAB || c == 0x2018 || c == 0x201A ||
         c == 0x2039 || c == 0x300C || c == 0x300E || c == 0x201F || c == 0x201B;
}

inline bool is_close_quote(char32_t c) {
  return c == '"' || c == '\'' || c == 0x201D || c == 0xBB || c == 0x2019 || c == 0x203A || c == 0x300D ||
         c == 0x300F || c == 0x201C;
}

inline char32_t to_lower(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  if (c >= 0x100 && c <= 0x17F && is_upper(c)) return c + 1;
  if (c >= 0x391 && c <= 0x3AB) return c + 32;
  if (c >= 0x410 && c <= 0x42F) return c + 32;
  if (c >= 0x400 && c <= 0x40F) return c + 80;
  if (c >= 0x460 && c <= 0x4FF && c % 2 == 0) return c + 1;
  return c;
}

}  // namespace parley::detail

#endif  // PARLEY_SRC_TEXT_UTF8_H_
