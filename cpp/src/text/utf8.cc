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

char32_t decode_multibyte(std::string_view s, std::size_t i, int* len) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  unsigned char c = p[i];
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

}  // namespace parley::detail
