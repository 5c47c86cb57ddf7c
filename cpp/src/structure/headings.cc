#include "structure/headings.h"

#include "structure/lines.h"

namespace parley::detail {

namespace {

constexpr std::size_t kHeadingMaxWords = 10;
constexpr std::size_t kHeadingMaxBytes = 100;
constexpr std::size_t kProseMinWords = 11;  // a paragraph of prose around the heading

// The line ends as a sentence or a clause does, or as a quotation, a list item or a label does.
bool ends_like_a_sentence(std::string_view l) {
  for (std::string_view end : {".", "!", "?", ":", ";", ",", "\"", ")", "]", "\xE2\x80\x9D", "\xC2\xBB", "\xE2\x80\xA6"})
    if (l.ends_with(end)) return true;
  return false;
}

// "Tim Hale: 00:00:17", "Note: ...": a label before a colon, unless the label is a quotation
// ("'No recession this year': Acme Bank" names who said it).
bool opens_with_label(std::string_view l) {
  std::size_t colon = l.find(':');
  if (colon == std::string_view::npos) return false;
  std::string_view head = trim(l.substr(0, colon));
  for (std::string_view q : {"\"", "'", "\xE2\x80\x98", "\xE2\x80\x9C", "\xC2\xAB"})
    if (head.starts_with(q)) return false;
  return true;
}

// Credits, handles and links are furniture, not headings: "Ana Ruiz/Harbour Wire", "@parley".
bool looks_like_credit(std::string_view l) {
  return l.find('/') != std::string_view::npos || l.find('@') != std::string_view::npos ||
         l.find("http") != std::string_view::npos || l.find('|') != std::string_view::npos;
}

bool is_heading_line(std::string_view l) {
  return l.size() <= kHeadingMaxBytes && at_least_words(l, 1) && at_most_words(l, kHeadingMaxWords) &&
         !ends_like_a_sentence(l) &&
         !opens_with_label(l) && !looks_like_credit(l) && !starts_with_dash(l);
}

}  // namespace

void mark_headings(std::string_view text, std::vector<Paragraph>& ps, std::size_t from, std::size_t to) {
  auto line = [&](std::size_t k) { return trim(text.substr(ps[k].start, ps[k].end - ps[k].start)); };
  auto prose = [&](std::size_t k) {
    return ps[k].kind == ParagraphKind::kNarrative && at_least_words(line(k), kProseMinWords);
  };
  for (std::size_t k = from + 1; k + 1 < to; ++k) {
    if (ps[k].kind != ParagraphKind::kNarrative || !is_heading_line(line(k))) continue;
    if (prose(k - 1) && prose(k + 1)) ps[k].kind = ParagraphKind::kHeading;
  }
}

}  // namespace parley::detail
