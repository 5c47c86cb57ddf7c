#include "structure/furniture.h"

#include "structure/lines.h"

namespace parley::detail {

namespace {

using Kind = ParagraphKind;

constexpr std::size_t kBarWordsMax = 3;    // "Copy Link", "Gift Full Article"
constexpr std::size_t kBarRunMin = 3;      // lines in a share bar or a menu
constexpr std::size_t kTailWordsMax = 16;  // a related article's headline
constexpr std::size_t kTailRunMin = 3;
constexpr std::size_t kCaptionMaxBytes = 400;

std::string_view line_of(std::string_view text, const Paragraph& p) {
  return trim(text.substr(p.start, p.end - p.start));
}

bool ends_with_sentence_mark(std::string_view l) {
  for (std::string_view end : {".", "!", "?", "\"", "\xE2\x80\x9D", "\xC2\xBB", ".)", "\xE2\x80\xA6"})
    if (l.ends_with(end)) return true;
  return false;
}

bool has_digit_or_colon(std::string_view l) {
  for (char c : l)
    if ((c >= '0' && c <= '9') || c == ':') return true;
  return false;
}

// "The writer is the ambassador of ...": the closing line about the author of an opinion piece.
bool is_author_note(std::string_view l) {
  for (std::string_view h : {"the writer is ", "the writer was ", "the author is ", "the author was ",
                             "the writers are ", "the authors are "})
    if (iequals_prefix(l, h)) return true;
  return false;
}

// "Ana Ruiz/Harbour Wire", "HW/Tom Hale": a picture's credit, name and agency around one slash.
bool is_picture_credit(std::string_view l) {
  std::size_t slash = l.find('/');
  if (slash == std::string_view::npos || l.find('/', slash + 1) != std::string_view::npos) return false;
  if (!at_most_words(l, 6) || ends_with_sentence_mark(l) || l.find("http") != std::string_view::npos) return false;
  std::string_view before = trim(l.substr(0, slash)), after = trim(l.substr(slash + 1));
  return !before.empty() && !after.empty() && before[0] >= 'A' && before[0] <= 'Z' && after[0] >= 'A' &&
         after[0] <= 'Z';
}

// "... on Sunday, May 4. (Photo/Ana Ruiz)": a caption closed by its picture's credit.
bool ends_with_picture_credit(std::string_view l) {
  if (!l.ends_with(")")) return false;
  std::size_t open = l.rfind('(');
  if (open == std::string_view::npos || l.size() - open > 80) return false;
  std::string_view inside = l.substr(open + 1, l.size() - open - 2);
  return contains_ci(inside, "photo") || contains_ci(inside, "picture") || is_picture_credit(inside);
}

// "Facebook", "Copy Link", "A": a button's or a menu item's words.
bool bar_item(std::string_view l) {
  return !l.empty() && at_most_words(l, kBarWordsMax) && !ends_with_sentence_mark(l) && !has_digit_or_colon(l) &&
         !starts_with_dash(l);
}

// "Free trade deals increase Indonesian imports more than exports", "View more", "Business".
bool tail_item(std::string_view l) {
  return !l.empty() && at_most_words(l, kTailWordsMax) && !ends_with_sentence_mark(l) && !starts_with_dash(l);
}

// "Notes", "Footnotes", "Translator's notes", "References", "Примечания".
bool is_notes_heading(std::string_view l) {
  for (std::string_view h : {"notes", "footnotes", "translator's notes", "translator’s notes", "translator's note",
                             "translator’s note", "endnotes", "references", "примечания", "сноски"}) {
    std::size_t matched = 0;
    if (iequals_prefix(l, h, &matched) && (matched == l.size() || (matched + 1 == l.size() && l.back() == ':')))
      return true;
  }
  return false;
}

// "[1] ...", "1) ...", "* ..." under a notes heading; "[1]" alone opens a footnote anywhere.
bool is_footnote(std::string_view l) {
  if (l.size() < 4) return false;
  std::size_t i = l[0] == '[' ? 1 : 0;
  std::size_t digits = 0;
  while (i < l.size() && l[i] >= '0' && l[i] <= '9') ++i, ++digits;
  if (digits == 0 || digits > 3 || i >= l.size()) return false;
  return l[0] == '[' ? l[i] == ']' : false;
}

}  // namespace

bool is_contributor_credit(std::string_view line) {
  std::string_view l = trim(line);
  if (l.size() > 300) return false;
  return contains_any_ci(l, {"contributed to this report", "contributed reporting", "contributed to this story"}) ||
         iequals_prefix(l, "reporting by ") ||
         iequals_prefix(l, "additional reporting by ") || iequals_prefix(l, "editing by ");
}

// "[^note]: ..." — a Markdown footnote's definition, wherever it stands (Markdown keeps it under the
// paragraph that cites it): page apparatus, never prose or a turn.
void mark_markdown_footnotes(std::string_view text, std::vector<Paragraph>& ps) {
  for (Paragraph& p : ps) {
    std::string_view l = line_of(text, p);
    if (l.size() < 6 || l[0] != '[' || l[1] != '^') continue;
    std::size_t close = l.find("]:");
    if (close != std::string_view::npos && close > 2 && close <= 40 && l.substr(2, close - 2).find(' ') == std::string_view::npos)
      p.kind = Kind::kClutter;
  }
}

void mark_short_line_runs(std::string_view text, std::vector<Paragraph>& ps, std::size_t to) {
  std::size_t run_start = 0, run = 0;
  auto close_run = [&](std::size_t end) {
    if (run >= kBarRunMin)
      for (std::size_t k = run_start; k < end; ++k) ps[k].kind = Kind::kClutter;
    run = 0;
  };
  for (std::size_t k = 0; k < to; ++k) {
    bool item = (ps[k].kind == Kind::kNarrative || ps[k].kind == Kind::kClutter) && bar_item(line_of(text, ps[k]));
    if (!item) {
      close_run(k);
      continue;
    }
    if (run == 0) run_start = k;
    ++run;
  }
  close_run(to);
}

std::size_t mark_page_tail(std::string_view text, std::vector<Paragraph>& ps, std::size_t to) {
  // Footnotes ("[1] ...") and the notes heading above them: the article's footer, however long.
  std::size_t end = to;
  while (end > 0 && is_footnote(line_of(text, ps[end - 1]))) --end;
  bool notes = end > 0 && is_notes_heading(line_of(text, ps[end - 1]));
  if (notes) --end;
  if (notes || to - end >= 2) {
    for (std::size_t j = end; j < to; ++j) ps[j].kind = Kind::kClutter;
  } else {
    end = to;
  }
  // Related articles and section names after the last paragraph of prose.
  std::size_t tail = end;
  while (tail > 0) {
    const Paragraph& p = ps[tail - 1];
    std::string_view l = line_of(text, p);
    bool furniture = p.kind == Kind::kClutter || p.kind == Kind::kSeparator || is_contributor_credit(l) ||
                     is_author_note(l);
    if (!furniture && !(p.kind == Kind::kNarrative && tail_item(l))) break;
    --tail;
  }
  std::size_t items = 0;
  for (std::size_t j = tail; j < end; ++j) items += ps[j].kind == Kind::kNarrative;
  if (items >= kTailRunMin) {
    for (std::size_t j = tail; j < end; ++j)
      if (ps[j].kind == Kind::kNarrative) ps[j].kind = Kind::kClutter;
    return tail;
  }
  // Credit lines and a note on the author alone at the end.
  while (end > 0 && ps[end - 1].kind == Kind::kNarrative &&
         (is_contributor_credit(line_of(text, ps[end - 1])) || is_author_note(line_of(text, ps[end - 1])))) {
    ps[end - 1].kind = Kind::kClutter;
    --end;
  }
  return end;
}

void mark_captions(std::string_view text, std::vector<Paragraph>& ps, std::size_t from, std::size_t to) {
  for (std::size_t k = from; k < to; ++k) {
    // "(Video source: YouTube)" is shaped like a stage direction but credits a picture.
    if (ps[k].kind != Kind::kNarrative && ps[k].kind != Kind::kStage) continue;
    std::string_view l = line_of(text, ps[k]);
    if (l.size() > kCaptionMaxBytes) continue;
    // Positions stand in brackets: they are looked for from the first "(" on (most lines have none).
    const std::size_t bracket = l.find('(');
    bool positions = bracket != std::string_view::npos &&
                     contains_any_ci(l.substr(bracket), {"(left)", "(right)", "(center)", "(centre)", "(from left)", "(l-r)"});
    bool announces = iequals_prefix(l, "photo of ") || iequals_prefix(l, "(video source") ||
                     iequals_prefix(l, "(photo") || iequals_prefix(l, "(source of video") ||
                     iequals_prefix(l, "this is the photo") || iequals_prefix(l, "pictured ") ||
                     iequals_prefix(l, "file photo");
    if (announces || (ps[k].kind == Kind::kNarrative && (positions || ends_with_picture_credit(l))))
      ps[k].kind = Kind::kCaption;
    else if (ps[k].kind == Kind::kNarrative && is_picture_credit(l))
      ps[k].kind = Kind::kClutter;
  }
}

}  // namespace parley::detail
