// Paragraph splitting and the article's anatomy: header (clutter, title,
// subtitle, bylines, guests, dateline), footer (source, disclaimer,
// copyright) and body furniture (separators, stage directions, clutter).
#include "structure/structure.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "entities/lexicon.h"
#include "structure/credits.h"
#include "structure/furniture.h"
#include "structure/headings.h"
#include "structure/lines.h"
#include "text/utf8.h"
#include "turns/labels.h"

namespace parley::detail {
namespace {

using Kind = ParagraphKind;

// How many leading paragraphs may hold the header, and trailing ones the footer.
constexpr std::size_t kHeaderWindow = 16;
constexpr std::size_t kFooterWindow = 8;
constexpr std::size_t kTitleMaxChars = 260;  // machine-translated headlines run long
constexpr std::size_t kLeadWindow = 3;  // body paragraphs after the header that may carry a wire credit
constexpr std::size_t kSubtitleMaxChars = 320;

std::string trimmed(std::string_view s) { return std::string(trim(s)); }

// "Tom Reilly, Staff Writer", "Jane Doe, Senior Correspondent": a name, then a newsroom job.
bool staff_byline(std::string_view line, std::string_view* name) {
  std::size_t comma = line.find(", ");
  if (comma == std::string_view::npos || line.size() > 120) return false;
  std::string_view job = line.substr(comma + 2);
  if (!at_most_words(job, 5) || job.find_first_of(".?!:") != std::string_view::npos) return false;
  bool newsroom = false;
  std::string lower_job;
  for (char c : job) lower_job += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (std::string_view w : {"writer", "reporter", "correspondent", "editor", "columnist", "contributor",
                             "journalist", "staff", "корреспондент", "обозреватель", "редактор"})
    newsroom = newsroom || lower_job.find(w) != std::string::npos;
  if (!newsroom) return false;
  std::string_view n = trim(line.substr(0, comma));
  std::string_view after_by;
  if (strip_prefix_word(n, {"by"}, &after_by)) n = trim(after_by);  // "By ANA RUIZ, Harbour Wire Writer"
  std::size_t words = count_words(n);
  if (words < 2 || words > 4) return false;
  for (std::size_t k = 0; k < n.size();) {  // every word capitalised
    int len;
    if (!is_upper(decode(n, k, &len))) return false;
    std::size_t sp = n.find(' ', k);
    if (sp == std::string_view::npos) break;
    k = sp + 1;
  }
  *name = n;
  return true;
}

// "CNN", "AP", "BBC": one word of two to six capitals.
bool is_outlet_initials(std::string_view name) {
  if (name.size() < 2 || name.size() > 6) return false;
  for (char c : name)
    if (c < 'A' || c > 'Z') return false;
  return true;
}

// "Harbor Times", "Valley Daily News": the last word is an organisation's head word in the lexicon.
bool ends_with_org_head(std::string_view name) {
  std::size_t space = name.rfind(' ');
  if (space == std::string_view::npos) return false;
  return (lex::classes_of(name.substr(space + 1)) & lex::kOrgHead) != 0;
}

// "By X", "By X and Y", "Author: X", "Authors: X, Y", "Written by X", "Автор: X", "Text: X",
// "By X | Reuters", "X, Staff Writer".
bool parse_byline(std::string_view line, std::vector<std::string>* authors) {
  std::string_view rest;
  if (staff_byline(line, &rest)) {
    if (authors) *authors = {std::string(rest)};
    return true;
  }
  if (!strip_label(line, {"author", "authors", "byline", "written by", "text by", "words by", "text", "words",
                          "reporting", "interview by", "interviewed by", "автор", "авторы", "текст",
                          "беседовал", "беседовала", "беседу вёл", "беседу вел", "беседовали"},
                   &rest) &&
      !strip_prefix_word(line, {"by", "written by", "reported by", "story by", "interview by", "interviewed by",
                                "interview conducted by", "беседовала", "беседовал", "беседовали", "записала",
                                "записал", "записали", "интервью взяла", "интервью взял"},
                         &rest))
    return false;
  rest = trim(rest);
  if (rest.empty() || rest.size() > 160) return false;
  // "By Friday, officials expect a deal.": a sentence, not a byline.
  if (rest.size() >= 2 && rest.back() == '.' && std::islower(static_cast<unsigned char>(rest[rest.size() - 2])) &&
      !at_most_words(rest, 4))
    return false;
  std::vector<std::string> names = split_names(rest);
  // "By Alma Reyes and Tobias Lind, WXN", "By Clara Weiss, Harbor Times": the outlet after the names is
  // no author (initials, or a name ending with an organisation's head word).
  if (names.size() >= 2 && (is_outlet_initials(names.back()) || ends_with_org_head(names.back()))) names.pop_back();
  if (names.empty()) return false;
  if (authors) *authors = std::move(names);
  return true;
}

// "Commentary Guest:", "Guest: X", "Interviewee: X, description".
bool parse_guest(std::string_view line, std::string* name, std::string* description) {
  std::string_view rest;
  if (!strip_label(line, {"guest", "guests", "commentary guest", "interviewee", "interview guest", "studio guest",
                          "expert", "гость", "собеседник"},
                   &rest))
    return false;
  rest = trim(rest);
  std::size_t comma = rest.find(',');
  if (comma != std::string_view::npos) {
    *name = trimmed(rest.substr(0, comma));
    *description = trimmed(rest.substr(comma + 1));
  } else {
    *name = std::string(rest);
    description->clear();
  }
  return true;
}

bool parse_footer(std::string_view line, Meta* meta, Kind* kind) {
  std::string_view rest;
  if (strip_label(line, {"original source", "source", "source url", "original article", "original", "источник"}, &rest)) {
    rest = trim(rest);
    std::string_view url = find_url(rest);
    if (url.empty()) return false;
    meta->source_url = std::string(url);
    *kind = Kind::kSource;
    return true;
  }
  if (strip_label(line, {"disclaimer", "editor's note", "editor’s note"}, &rest)) {
    meta->disclaimer = trimmed(rest);
    *kind = Kind::kDisclaimer;
    return true;
  }
  return false;
}

// True when another paragraph opens with the same "Label:" as `line` does:
// then the label is a speaker's, not a headline's "Topic: question" shape.
bool label_recurs(std::string_view text, const std::vector<Paragraph>& ps, std::string_view line) {
  std::size_t colon = line.find(':');
  if (colon == std::string_view::npos) return false;
  std::string_view label = line.substr(0, colon + 1);
  std::size_t seen = 0;
  for (const auto& p : ps)
    seen += text.substr(p.start, p.end - p.start).starts_with(label);
  return seen > 1;
}

// "NEWS HARBOUR-GOV: Port opens quay ...", "EXCLUSIVE: ...": a section word in capitals before the
// colon is a kicker over a headline, not a speaker's label (its first word is a note's word).
bool opens_with_kicker(std::string_view line) {
  std::string_view label = line.substr(0, line.find(':'));
  std::string_view first = label.substr(0, label.find(' '));
  return turns::is_furniture_label(first);
}

// A headline: short, one line, not a finished declarative sentence, not a turn.
bool looks_like_title(std::string_view text, const std::vector<Paragraph>& ps, std::string_view line) {
  if (line.size() > kTitleMaxChars || !at_least_words(line, 1)) return false;
  if (has_speaker_marker_shape(line) && (starts_with_dash(line) || label_recurs(text, ps, line) ||
                                          (is_speaker_label_shape(line) && !opens_with_kicker(line))))
    return false;
  // "Q. Why now?" opens a Q&A; "A. J. Smith: ..." is an initial.
  if (line.size() > 4 && line[1] == '.' && line[2] == ' ' &&
      (line[0] == 'Q' || (line[0] == 'A' && !(line[4] == '.' && is_upper(static_cast<unsigned char>(line[3]))))))
    return false;
  // "(Reuters) — The New York State ...", "(Deutsche Welle) After ...": a wire lead, not a headline.
  if (line[0] == '(' && opens_like_wire_lead(line)) return false;
  char last = line.back();
  return last != '.' && last != ',' && last != ';' && last != ':';
}

// "Екатерина Постникова", "Amy Chen": two or three capitalised words of letters, nothing else.
bool is_bare_name(std::string_view line) {
  std::size_t words = count_words(line);
  if (words < 2 || words > 3 || line.size() > 60) return false;
  // Places are written the same way: "South Lawn", "Red Square", "Oval Office".
  std::string lower;
  for (char c : line) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (std::string_view w : {"lawn", "room", "house", "hall", "office", "square", "street", "avenue", "palace",
                             "kremlin", "building", "center", "centre", "park", "garden", "airport", "base",
                             "headquarters", "embassy", "ministry", "university", "city", "county", "island"})
    if (lower.find(w) != std::string::npos) return false;
  bool word_start = true;
  for (std::size_t i = 0; i < line.size();) {
    int len;
    char32_t c = decode(line, i, &len);
    if (c == ' ') {
      word_start = true;
    } else {
      if (word_start && !is_upper(c)) return false;
      if (!is_letter(c) && c != '-' && c != '\'' && c != 0x2019) return false;
      word_start = false;
    }
    i += static_cast<std::size_t>(len);
  }
  return true;
}

// "Washington, D.C.", "Vologda, Russia": a place alone on a header line (capitalised words, a comma).
bool is_place_line(std::string_view line) {
  if (line.size() > 40 || line.find(", ") == std::string_view::npos || !at_most_words(line, 4)) return false;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && line[i] == ' ') ++i;
    if (i >= line.size()) break;
    int len;
    if (!is_upper(decode(line, i, &len))) return false;
    std::size_t j = line.find(' ', i);
    i = j == std::string_view::npos ? line.size() : j;
  }
  for (char c : line)
    if ((c >= '0' && c <= '9') || c == '?' || c == '!' || c == ':' || c == '"') return false;
  return true;
}

// A transcript's notice under the headline ("... may contain errors.") is no dek, nor is a wire
// story's lead ("TOMSK, April 2. /NORDPRESS/. The council ...", "(Reuters) — ...").
bool looks_like_subtitle(std::string_view line) {
  return line.size() <= kSubtitleMaxChars && at_most_sentences(line, 3) && !has_speaker_marker_shape(line) &&
         line.back() != ':' && !is_copyright(line) && !opens_like_wire_lead(line);
}

// Text that comes one sentence a line (machine translation output, a sentence-aligned corpus): the
// line under the headline is the lead's first sentence, not a dek.
bool one_sentence_a_line(std::string_view text, const std::vector<Paragraph>& ps, std::size_t to) {
  constexpr std::size_t kMinLines = 8;
  std::size_t prose = 0, single = 0;
  for (std::size_t k = 0; k < to; ++k) {
    if (ps[k].kind != Kind::kNarrative) continue;
    std::string_view l = text.substr(ps[k].start, ps[k].end - ps[k].start);
    if (!at_least_words(l, 4)) continue;
    ++prose;
    single += at_most_sentences(l, 1);
  }
  return prose >= kMinLines && single * 5 >= prose * 4;
}

void add_author(Meta* meta, std::string name) {
  if (std::find(meta->authors.begin(), meta->authors.end(), name) == meta->authors.end())
    meta->authors.push_back(std::move(name));
}

// A wire story credits its writers inside the lead ("... December 11 (Reporters A and B) The ...") or
// the agency that sent it ("MOSCOW, January 21. /TASS/.", "(Reuters) — ..."): when no byline named an
// author, the first such credit in the lead paragraphs after the header does.
// "THE HARBOUR MINISTRY": letters all capitals (at least two).
bool all_caps_line(std::string_view l) {
  std::size_t letters = 0;
  for (char c : l) {
    if (c >= 'a' && c <= 'z') return false;
    letters += c >= 'A' && c <= 'Z';
  }
  return letters >= 2;
}

// "Ambassador Lin Weiguo" then "(The Harbour Review)" among the header's lines: a byline and its outlet;
// "Office of the Spokesperson": the issuing office.
void mark_outlet_credits(std::string_view text, std::vector<Paragraph>& ps, std::size_t window, Meta* meta) {
  auto line = [&](std::size_t k) { return text.substr(ps[k].start, ps[k].end - ps[k].start); };
  for (std::size_t k = 0; k + 1 < window; ++k) {
    if (ps[k].kind != Kind::kNarrative) continue;
    if (issuing_office(line(k))) {  // "THE HARBOUR MINISTRY" over "Office of the Spokesperson"
      ps[k].kind = Kind::kByline;
      add_author(meta, std::string(trim(line(k))));
      if (k > 0 && ps[k - 1].kind == Kind::kNarrative && all_caps_line(line(k - 1)) && at_most_words(line(k - 1), 4))
        ps[k - 1].kind = Kind::kByline;
      continue;
    }
    if (ps[k + 1].kind != Kind::kNarrative && ps[k + 1].kind != Kind::kStage) continue;
    std::string author = outlet_credited_author(line(k), line(k + 1));
    if (author.empty()) continue;
    ps[k].kind = ps[k + 1].kind = Kind::kByline;
    add_author(meta, std::move(author));
  }
}

void credit_lead(std::string_view text, const std::vector<Paragraph>& ps, std::size_t from, std::size_t body_end,
                 Meta* meta) {
  if (!meta->authors.empty()) return;
  for (std::size_t k = from; k < body_end && k < from + kLeadWindow; ++k) {
    if (ps[k].kind != Kind::kNarrative) continue;
    std::string_view l = text.substr(ps[k].start, ps[k].end - ps[k].start);
    std::vector<std::string> reporters = credited_reporters(l);
    for (auto& r : reporters) add_author(meta, std::move(r));
    if (!meta->authors.empty()) return;
    std::string_view agency = wire_credit(l);
    if (!agency.empty()) {
      add_author(meta, std::string(agency));
      return;
    }
  }
}

}  // namespace

StructureStage::StructureStage(const Options& options) : options_(&options) {}

void StructureStage::run(Context& ctx) const {
  Document& doc = ctx.doc;
  const std::string_view text = ctx.text;
  doc.paragraphs = split_paragraphs(text);
  auto& ps = doc.paragraphs;
  auto line = [&](std::size_t i) { return text.substr(ps[i].start, ps[i].end - ps[i].start); };

  // Body furniture anywhere: separators, stage directions, clutter, datelines.
  for (std::size_t i = 0; i < ps.size(); ++i) {
    std::string_view l = line(i);
    if (is_separator(l)) ps[i].kind = Kind::kSeparator;
    else if (is_stage_direction(l)) ps[i].kind = Kind::kStage;
    else if (is_clutter(l)) ps[i].kind = Kind::kClutter;
    else if (l.find(' ') != std::string_view::npos && is_clock_line(l)) ps[i].kind = Kind::kDateline;  // "2:21 P.M. EDT"
  }
  if (!options_->structure || ps.empty()) return;

  // Footer: walk back from the end over source, disclaimer and clutter lines.
  std::size_t body_end = ps.size();
  for (std::size_t n = 0; body_end > 0 && n < kFooterWindow; ++n) {
    std::size_t i = body_end - 1;
    Kind kind;
    std::vector<std::string> authors;
    if (parse_footer(line(i), &doc.meta, &kind)) {
      ps[i].kind = kind;
    } else if (at_most_words(line(i), 8) && line(i).back() != '.' && parse_byline(line(i), &authors)) {
      // "Беседовала Мария Иванова", "Interview by Jane Doe" at the end of an interview.
      ps[i].kind = Kind::kByline;
      for (auto& a : authors) add_author(&doc.meta, std::move(a));
    } else if (ps[i].kind != Kind::kClutter && !is_copyright(line(i))) {
      break;
    } else {
      ps[i].kind = Kind::kClutter;
    }
    body_end = i;
  }

  mark_markdown_footnotes(text, ps);
  body_end = mark_page_tail(text, ps, body_end);
  mark_short_line_runs(text, ps, body_end);
  const bool sentence_lines = one_sentence_a_line(text, ps, body_end);

  // Header.
  std::size_t i = 0;
  const std::size_t window = std::min(body_end, kHeaderWindow);
  auto skip_furniture = [&] {
    while (i < window && (ps[i].kind == Kind::kClutter || ps[i].kind == Kind::kSeparator || is_dateline(line(i)))) {
      if (ps[i].kind == Kind::kSeparator) break;
      if (is_dateline(line(i))) ps[i].kind = Kind::kDateline;
      ++i;
    }
  };
  // Header lines that are not the title: bylines, guests, datelines, clutter.
  auto header_line = [&](std::size_t k) -> bool {
    std::string_view l = line(k);
    std::vector<std::string> authors;
    std::string name, description;
    if (parse_byline(l, &authors)) {
      ps[k].kind = Kind::kByline;
      for (auto& a : authors) add_author(&doc.meta, std::move(a));
      return true;
    }
    if (parse_guest(l, &name, &description)) {
      ps[k].kind = Kind::kGuest;
      // "Commentary Guest:" with the name on the next line.
      if (name.empty() && k + 1 < body_end && at_most_words(line(k + 1), 6) && !has_speaker_marker_shape(line(k + 1))) {
        ps[k + 1].kind = Kind::kGuest;
        split_name_description(line(k + 1), &name, &description);
      }
      if (!name.empty()) doc.meta.guests.push_back({name, description});
      return true;
    }
    if (is_dateline(l) || is_place_line(l)) {
      ps[k].kind = Kind::kDateline;
      return true;
    }
    return ps[k].kind == Kind::kClutter || ps[k].kind == Kind::kGuest;
  };

  skip_furniture();
  while (i < window && header_line(i)) ++i;  // bylines before the title are rare but real
  // "World", "Europe" over the headline: a pasted page's section labels, not its title.
  {
    constexpr std::size_t kLabelRun = 3;  // section labels above a headline
    std::size_t j = i;
    while (j < window && j < i + kLabelRun && ps[j].kind == Kind::kNarrative && at_most_words(line(j), 2) &&
           looks_like_title(text, ps, line(j)))
      ++j;
    if (j > i && j + 1 < window && ps[j].kind == Kind::kNarrative && at_least_words(line(j), 3) &&
        looks_like_title(text, ps, line(j)) && !is_dateline(line(j)) && !parse_byline(line(j), nullptr)) {
      for (; i < j; ++i) ps[i].kind = Kind::kClutter;
    }
  }
  // A headline may end with a point ("The Reservoir Is Half Empty. The Mayor Says Don't Panic.") when a
  // byline or a dateline follows it.
  auto title_with_point = [&](std::size_t k) {
    std::string_view l = line(k);
    if (l.empty() || l.back() != '.' || l.size() > kTitleMaxChars || !at_most_sentences(l, 3) || k + 1 >= window ||
        has_speaker_marker_shape(l))
      return false;
    std::string_view next = line(k + 1);
    return parse_byline(next, nullptr) || is_dateline(next) || (at_most_sentences(l, 1) && opens_like_wire_lead(next));
  };
  if (i < window && ps[i].kind == Kind::kNarrative &&
      (looks_like_title(text, ps, line(i)) || title_with_point(i))) {
    // A headline stands alone: the article must go on after it.
    if (i + 1 < body_end) {
      ps[i].kind = Kind::kTitle;
      doc.meta.title = std::string(line(i));
      ++i;
      if (i < window && header_line(i)) {
        ++i;
      } else if (i + 1 < body_end && ps[i].kind == Kind::kNarrative && is_bare_name(line(i)) &&
                 !is_dateline(line(i + 1)) && !is_clock_line(line(i + 1))) {
        // "Екатерина Постникова" alone under the headline: the author.
        ps[i].kind = Kind::kByline;
        doc.meta.authors.emplace_back(line(i));
        ++i;
      } else if (i + 1 < body_end && ps[i].kind == Kind::kNarrative &&
                 (!sentence_lines || parse_byline(line(i + 1), nullptr) || is_dateline(line(i + 1))) &&
                 looks_like_subtitle(line(i))) {
        ps[i].kind = Kind::kSubtitle;
        doc.meta.subtitle = std::string(line(i));
        ++i;
      }
    }
  }
  while (i < window && header_line(i)) ++i;
  mark_outlet_credits(text, ps, window, &doc.meta);
  credit_lead(text, ps, i, body_end, &doc.meta);
  mark_captions(text, ps, i, body_end);
  mark_headings(text, ps, i, body_end);
}

}  // namespace parley::detail
