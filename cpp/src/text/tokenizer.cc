#include "text/tokenizer.h"

#include "text/utf8.h"

namespace parley::detail {
namespace {

bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019; }

bool sentence_end(std::string_view text, const Token& t) {
  if (!t.has(kPunct)) return false;
  char c = text[t.start];
  return c == '.' || c == '?' || c == '!' || (t.end - t.start == 3 && text.substr(t.start, 3) == "\xE2\x80\xA6");
}

}  // namespace

std::vector<Token> tokenize(std::string_view text, const std::vector<ByteRange>& paragraphs) {
  std::vector<Token> out;
  out.reserve(text.size() / 5 + 16);
  for (std::uint32_t p = 0; p < paragraphs.size(); ++p) {
    std::size_t i = paragraphs[p].start, end = paragraphs[p].end;
    bool space_before = true;
    bool para_start = true;
    bool sent_start = true;
    while (i < end) {
      int len;
      char32_t c = decode(text, i, &len);
      if (is_space(c) || c == 0) {
        space_before = true;
        i += len;
        continue;
      }
      Token t;
      t.start = static_cast<std::uint32_t>(i);
      t.paragraph = p;
      if (is_letter(c) && !is_cjk(c)) {
        t.flags = kWord;
        bool first_upper = is_upper(c);
        int letters = 0, uppers = 0;
        std::size_t j = i;
        while (j < end) {
          int l;
          char32_t d = decode(text, j, &l);
          if ((is_letter(d) && !is_cjk(d)) || is_digit(d) || d == 0x301 || d == 0x300) {
            ++letters;
            uppers += is_upper(d);
            j += l;
            continue;
          }
          // An inner apostrophe: "O'Brien", "don't"; but "'s" is split off below.
          if (is_apostrophe(d) && j + l < end) {
            int l2;
            char32_t e = decode(text, j + l, &l2);
            if (is_letter(e) && !is_cjk(e)) {
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
        t.end = static_cast<std::uint32_t>(j);
        if (first_upper) t.flags |= kUpperInitial;
        if (letters >= 2 && uppers == letters) t.flags |= kAllCaps;
      } else if (is_cjk(c)) {
        t.flags = kWord | kCjk;
        std::size_t j = i;
        int l;
        while (j < end && is_cjk(decode(text, j, &l))) j += l;
        t.end = static_cast<std::uint32_t>(j);
      } else if (is_digit(c)) {
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
      if (sentence_end(text, out.back())) sent_start = true;
    }
  }
  return out;
}

}  // namespace parley::detail
