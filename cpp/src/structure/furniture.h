// Page furniture that only its surroundings reveal, captions, and notes sections (internal).
//
// - A run of three or more very short lines ("Facebook", "Telegram", "X", "Email") is a share bar
//   or a menu, wherever it stands.
// - The tail of a pasted page, after the article's last paragraph of prose, is its furniture when
//   it is a run of headline-like lines (related articles, section names, "View more").
// - "Ana Ruiz in Madrid contributed to this report." is a credit line, not the article.
// - A picture's caption: positions of the people shown ("(left)", "(right)"), or a line that
//   announces a picture or a video ("Photo of ...", "(Video source: YouTube)").
// - A notes section ("Notes", "Footnotes", "Translator's notes") and footnotes ("[1] ...") at the
//   end of the article are its footer, not the last speaker going on.
// Each pass is linear in the paragraphs and reads each line a bounded number of times.
#ifndef PARLEY_SRC_STRUCTURE_FURNITURE_H_
#define PARLEY_SRC_STRUCTURE_FURNITURE_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "parley/document.h"

namespace parley::detail {

// Marks share bars and menus (runs of very short lines) in ps[0, to) as clutter.
void mark_short_line_runs(std::string_view text, std::vector<Paragraph>& ps, std::size_t to);
// Markdown footnote definitions ("[^note]: ...") anywhere in the text: clutter.
void mark_markdown_footnotes(std::string_view text, std::vector<Paragraph>& ps);

// Walks back from ps[to - 1] over the page's tail of headline-like lines, notes, footnotes and
// credit lines, marking them; returns the new end of the body.
std::size_t mark_page_tail(std::string_view text, std::vector<Paragraph>& ps, std::size_t to);

// Marks the narrative paragraphs of ps[from, to) that are pictures' captions.
void mark_captions(std::string_view text, std::vector<Paragraph>& ps, std::size_t from, std::size_t to);

// "Ana Ruiz and Tom Hale contributed to this report.", "Reporting by X; editing by Y".
bool is_contributor_credit(std::string_view line);

}  // namespace parley::detail

#endif  // PARLEY_SRC_STRUCTURE_FURNITURE_H_
