#include "text/counts.h"

#include <bit>
#include <cstring>

namespace parley::detail {

namespace {

constexpr std::uint64_t kOnes = 0x0101010101010101ull;
constexpr std::uint64_t kHigh = 0x8080808080808080ull;
constexpr std::uint64_t kLow7 = 0x7F7F7F7F7F7F7F7Full;
constexpr bool kLittle = std::endian::native == std::endian::little;

std::uint64_t load8(const char* p) {
  std::uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}

// 0x80 in each byte of `w` equal to `c`, 0 elsewhere (exact: no borrow crosses a byte).
std::uint64_t bytes_equal(std::uint64_t w, char c) {
  const std::uint64_t t = w ^ (kOnes * static_cast<unsigned char>(c));
  return ~(((t & kLow7) + kLow7) | t | kLow7);
}

// How many bytes carry the flag 0x80 (one multiply adds them up in the top byte; see utf8.h on popcount).
std::size_t flags(std::uint64_t f) { return static_cast<std::size_t>(((f >> 7) * kOnes) >> 56); }

// Byte k of the result holds the flag of byte k - 1 of `f` (the byte before it in the text), byte 0 `first`.
std::uint64_t flags_of_previous(std::uint64_t f, bool first) {
  return kLittle ? (f << 8) | (first ? 0x80u : 0u) : (f >> 8) | (first ? 0x80ull << 56 : 0u);
}

// Byte k of the result holds the flag of byte k + 1 of `f` (the byte after it), byte 7 `last`.
std::uint64_t flags_of_next(std::uint64_t f, bool last) {
  return kLittle ? (f >> 8) | (last ? 0x80ull << 56 : 0u) : (f << 8) | (last ? 0x80u : 0u);
}

bool last_flag(std::uint64_t f) { return (kLittle ? f >> 63 : (f >> 7) & 1) != 0; }

bool is_word_byte(char c) { return c != ' ' && c != '\t'; }
bool is_stop(char c) { return c == '.' || c == '?' || c == '!'; }

}  // namespace

std::size_t count_words(std::string_view s, std::size_t cap) {
  std::size_t n = 0, i = 0;
  bool in = false;  // the byte before i belongs to a word
  for (; i + 8 <= s.size(); i += 8) {
    const std::uint64_t w = load8(s.data() + i);
    const std::uint64_t word = ~(bytes_equal(w, ' ') | bytes_equal(w, '\t')) & kHigh;
    n += flags(word & ~flags_of_previous(word, in));  // a word byte after a space (or the line's start)
    if (n > cap) return cap + 1;
    in = last_flag(word);
  }
  for (; i < s.size(); ++i) {
    const bool w = is_word_byte(s[i]);
    if (w && !in && ++n > cap) break;
    in = w;
  }
  return n;
}

std::size_t count_sentences(std::string_view s, std::size_t cap) {
  std::size_t n = 0, i = 0;
  for (; i + 8 <= s.size() && n <= cap; i += 8) {
    const std::uint64_t w = load8(s.data() + i);
    const std::uint64_t stops = bytes_equal(w, '.') | bytes_equal(w, '?') | bytes_equal(w, '!');
    if (!stops) continue;
    const bool space_or_end_after = i + 8 == s.size() || s[i + 8] == ' ';
    n += flags(stops & flags_of_next(bytes_equal(w, ' '), space_or_end_after));
  }
  if (n > cap) return cap + 1;
  for (; i < s.size() && n <= cap; ++i)
    if (is_stop(s[i]) && (i + 1 == s.size() || s[i + 1] == ' ')) ++n;
  return n == 0 ? 1 : n;
}

}  // namespace parley::detail
