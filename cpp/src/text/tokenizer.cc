#include "text/tokenizer.h"

#include <array>
#include <bit>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text/lexicon.h"
#include "text/utf8.h"

namespace parley::detail {
namespace {

// Classes of the ASCII bytes, so that the common case never decodes or calls
// the code-point predicates (bytes >= 0x80 have none). NUL counts as white
// space for the tokenizer.
enum : std::uint8_t { kSpaceByte = 1, kLetterByte = 2, kUpperByte = 4, kDigitByte = 8 };

constexpr std::array<std::uint8_t, 256> make_ascii_classes() {
  std::array<std::uint8_t, 256> t{};
  for (char c : {' ', '\t', '\n', '\r', '\f', '\v', '\0'}) t[static_cast<unsigned char>(c)] = kSpaceByte;
  for (int c = 'a'; c <= 'z'; ++c) t[c] = kLetterByte;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kLetterByte | kUpperByte;
  for (int c = '0'; c <= '9'; ++c) t[c] = kDigitByte;
  return t;
}
constexpr std::array<std::uint8_t, 256> kAscii = make_ascii_classes();

bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019; }

// A letter that may be part of a word token (CJK runs are tokens of their own).
inline bool is_word_letter(char32_t c) { return is_letter(c) && !is_cjk(c); }

bool sentence_end(std::string_view text, const Token& t) {
  if (!t.has(kPunct)) return false;
  char c = text[t.start];
  return c == '.' || c == '?' || c == '!' || (t.end - t.start == 3 && text.substr(t.start, 3) == "\xE2\x80\xA6");
}

// A title or honorific abbreviation whose full stop does not end the sentence: "Ms. Adeyemi",
// "Dr. Okafor", "Gen. Gerasimov", "St. Petersburg". Case-blind ASCII, one to five letters.
bool abbreviation_before_stop(std::string_view word) {
  if (word.empty() || word.size() > 5) return false;
  return (lexicon::classes_folded(word) & lexicon::kStopAbbrev) != 0;
}

// The end of the word that starts at byte i (on a word letter); counts its
// letters and digits (*letters) and clears *all_upper when one is not uppercase.
std::size_t word_end(std::string_view text, std::size_t i, std::size_t end, int* letters, bool* all_upper) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t j = i;
  while (j < end) {
    // A run of ASCII letters and digits.
    std::size_t run = j;
#if defined(__SSE2__)
    // Sixteen bytes at a time while the whole block is one run.
    while (j + 16 <= end) {
      __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + j));
      // Signed compares: bytes >= 0x80 are negative and match no range.
      __m128i folded = _mm_or_si128(x, _mm_set1_epi8(0x20));
      __m128i alpha = _mm_and_si128(_mm_cmpgt_epi8(folded, _mm_set1_epi8('a' - 1)),
                                    _mm_cmplt_epi8(folded, _mm_set1_epi8('z' + 1)));
      __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8('0' - 1)), _mm_cmplt_epi8(x, _mm_set1_epi8('9' + 1)));
      __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8('A' - 1)), _mm_cmplt_epi8(x, _mm_set1_epi8('Z' + 1)));
      unsigned alnum = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(alpha, digit)));
      // The run's bytes in this block: up to the first that is not a letter or digit.
      const int len = ~alnum & 0xFFFF ? std::countr_zero(~alnum & 0xFFFF) : 16;
      const unsigned in_run = (1u << len) - 1;
      if ((static_cast<unsigned>(_mm_movemask_epi8(upper)) & in_run) != in_run) *all_upper = false;
      j += static_cast<std::size_t>(len);
      if (len != 16) break;
    }
    if (j + 16 > end)  // the tail, one byte at a time
#endif
    {
      std::uint8_t classes = kUpperByte;
      std::size_t tail = j;
      for (std::uint8_t k; j < end && ((k = kAscii[s[j]]) & (kLetterByte | kDigitByte)); ++j) classes &= k;
      if (j != tail && !(classes & kUpperByte)) *all_upper = false;
    }
    if (j != run) {
      *letters += static_cast<int>(j - run);
      if (j >= end) break;
    }
    unsigned char b = s[j];
    char32_t d;
    int l;
    if (b < 0x80) {
      if (b != '\'') break;
      d = b;
      l = 1;
    } else {
      d = decode(text, j, &l);
      if (is_word_letter(d) || d == 0x301 || d == 0x300) {
        ++*letters;
        if (!is_upper(d)) *all_upper = false;
        j += l;
        continue;
      }
      if (d != 0x2019) break;
    }
    // An inner apostrophe: "O'Brien", "don't"; but "'s" is split off below.
    if (j + l < end) {
      int l2;
      char32_t e = decode(text, j + l, &l2);
      if (is_word_letter(e)) {
        bool possessive = (e == 's' || e == 'S');
        if (possessive) {
          std::size_t k = j + l + l2;
          int l3 = 0;
          char32_t after = k < end ? decode(text, k, &l3) : U' ';
          if (!is_letter(after) && !is_digit(after)) break;  // "'s" token follows
        }
        j += l;
        continue;
      }
    }
    break;
  }
  return j;
}

}  // namespace

std::vector<Token> tokenize(std::string_view text, const std::vector<ByteRange>& paragraphs) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  std::vector<Token> out;
  // English prose runs 4.5-6 bytes a token; pages never written cost no memory.
  out.reserve(text.size() / 3 + 16);
  for (std::uint32_t p = 0; p < paragraphs.size(); ++p) {
    std::size_t i = paragraphs[p].start, end = paragraphs[p].end;
    bool space_before = true;
    bool para_start = true;
    bool sent_start = true;
    while (i < end) {
      const unsigned char b = s[i];
      int len = 1;
      char32_t c = b;
      std::uint8_t ascii = 0;
      if (b < 0x80) {
        ascii = kAscii[b];
        if (ascii & kSpaceByte) {
          space_before = true;
          ++i;
          continue;
        }
      } else {
        c = decode(text, i, &len);
        if (is_space(c)) {
          space_before = true;
          i += len;
          continue;
        }
      }
      Token t;
      t.start = static_cast<std::uint32_t>(i);
      t.paragraph = p;
      if ((ascii & kLetterByte) || (b >= 0x80 && is_word_letter(c))) {
        t.flags = kWord;
        bool first_upper = (ascii & kUpperByte) || (b >= 0x80 && is_upper(c));
        int letters = 0;
        bool all_upper = true;
        t.end = static_cast<std::uint32_t>(word_end(text, i, end, &letters, &all_upper));
        if (first_upper) t.flags |= kUpperInitial;
        if (letters >= 2 && all_upper) t.flags |= kAllCaps;
      } else if (b >= 0x80 && is_cjk(c)) {
        t.flags = kWord | kCjk;
        std::size_t j = i;
        int l;
        while (j < end && is_cjk(decode(text, j, &l))) j += l;
        t.end = static_cast<std::uint32_t>(j);
      } else if (ascii & kDigitByte) {
        t.flags = kNumber;
        std::size_t j = i;
        while (j < end) {
          char d = text[j];
          if (d >= '0' && d <= '9') { ++j; continue; }
          if ((d == ',' || d == '.') && j + 1 < end && text[j + 1] >= '0' && text[j + 1] <= '9') { j += 2; continue; }
          break;
        }
        t.end = static_cast<std::uint32_t>(j);
      } else if (is_apostrophe(c) && !out.empty() && !space_before && out.back().has(kWord) && i + len < end &&
                 (text[i + len] == 's' || text[i + len] == 'S') &&
                 // The byte after the "s" is classified as if it were a code point
                 // (a UTF-8 lead byte >= 0xC0 counts as a letter): kept as it was.
                 (i + len + 1 >= end || !(is_letter(static_cast<unsigned char>(text[i + len + 1])) ||
                                          is_digit(static_cast<unsigned char>(text[i + len + 1]))))) {
        t.flags = kWord | kPossessive;
        t.end = static_cast<std::uint32_t>(i + len + 1);
      } else {
        t.flags = kPunct;
        if (is_dash(c)) t.flags |= kDash;
        if (is_open_quote(c) || is_close_quote(c)) t.flags |= kQuoteMark;
        t.end = static_cast<std::uint32_t>(i + len);
      }
      if (space_before) t.flags |= kSpaceBefore;
      if (para_start) t.flags |= kParagraphStart;
      if (sent_start && !t.has(kPunct)) {
        t.flags |= kSentenceStart;
        sent_start = false;
      }
      para_start = false;
      space_before = false;
      i = t.end;
      out.push_back(t);
      if (sentence_end(text, t) &&
          !(text[t.start] == '.' && !t.has(kSpaceBefore) && out.size() >= 2 && out[out.size() - 2].has(kWord) &&
            abbreviation_before_stop(text.substr(out[out.size() - 2].start,
                                                 out[out.size() - 2].end - out[out.size() - 2].start))))
        sent_start = true;
    }
  }
  return out;
}

}  // namespace parley::detail
