#include "text/utf8.h"

#include <string>

#include "parley/error.h"

namespace parley::detail {

void validate_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  auto fail = [&](std::size_t at) {
    throw ParseError(ErrorCode::kInvalidUtf8,
                     "invalid UTF-8 at byte offset " + std::to_string(at), static_cast<std::int64_t>(at));
  };
  while (i < n) {
    // Fast path: eight ASCII bytes at a time.
    while (i + 8 <= n) {
      std::uint64_t w;
      __builtin_memcpy(&w, p + i, 8);
      if (w & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= n) break;
    unsigned char c = p[i];
    if (c < 0x80) { ++i; continue; }
    int len;
    char32_t cp;
    if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0F; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07; }
    else fail(i);
    if (i + len > n) fail(i);
    for (int k = 1; k < len; ++k) {
      if (!is_continuation(p[i + k])) fail(i);
      cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF))
      fail(i);
    i += len;
  }
}

char32_t decode(std::string_view s, std::size_t i, int* len) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  unsigned char c = p[i];
  if (c < 0x80) { *len = 1; return c; }
  int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  if (n == 1 || i + n > s.size()) { *len = 1; return 0xFFFD; }
  char32_t cp = c & (0x7F >> n);
  for (int k = 1; k < n; ++k) {
    if (!is_continuation(p[i + k])) { *len = 1; return 0xFFFD; }
    cp = (cp << 6) | (p[i + k] & 0x3F);
  }
  *len = n;
  return cp;
}

char32_t decode_before(std::string_view s, std::size_t i, int* len) {
  std::size_t j = i;
  while (j > 0 && i - j < 4) {
    --j;
    if (!is_continuation(static_cast<unsigned char>(s[j]))) break;
  }
  int l;
  char32_t cp = decode(s, j, &l);
  *len = static_cast<int>(i - j);
  return cp;
}

bool is_cjk(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x3040 && c <= 0x30FF) ||
         (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x20000 && c <= 0x2FFFF) || (c >= 0xF900 && c <= 0xFAFF);
}

bool is_upper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
  if (c >= 0x100 && c <= 0x17F) return (c % 2 == 0) != (c >= 0x139 && c <= 0x148) && c != 0x138 && c != 0x149;
  if (c >= 0x391 && c <= 0x3AB) return true;             // Greek capitals
  if (c >= 0x400 && c <= 0x42F) return true;             // Cyrillic capitals
  if (c >= 0x460 && c <= 0x4FF) return c % 2 == 0;       // extended Cyrillic pairs
  return false;
}

bool is_lower(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  if (c >= 0xDF && c <= 0xFF) return c != 0xF7;
  if (c >= 0x100 && c <= 0x17F) return !is_upper(c);
  if (c >= 0x3AC && c <= 0x3CE) return true;
  if (c >= 0x430 && c <= 0x45F) return true;
  if (c >= 0x460 && c <= 0x4FF) return c % 2 == 1;
  return false;
}

bool is_letter(char32_t c) {
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

bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 ||
         (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

bool is_dash(char32_t c) { return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212; }

bool is_open_quote(char32_t c) {
  return c == '"' || c == '\'' || c == 0x201C || c == 0x201E || c == 0xAB || c == 0x2018 || c == 0x201A ||
         c == 0x2039 || c == 0x300C || c == 0x300E || c == 0x201F || c == 0x201B;
}

bool is_close_quote(char32_t c) {
  return c == '"' || c == '\'' || c == 0x201D || c == 0xBB || c == 0x2019 || c == 0x203A || c == 0x300D ||
         c == 0x300F || c == 0x201C;
}

char32_t to_lower(char32_t c) {
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
