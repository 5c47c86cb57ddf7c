// Section headings inside an article's body (internal).
//
// A heading is a short line that is no sentence ("What comes next", "'No recession this year': Acme
// Bank", "Innovation comes from life") standing between two paragraphs of prose. It is neither a
// turn nor part of one: the turns stage ends the current turn at a heading.
#ifndef PARLEY_SRC_STRUCTURE_HEADINGS_H_
#define PARLEY_SRC_STRUCTURE_HEADINGS_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "parley/document.h"

namespace parley::detail {

// Marks the narrative paragraphs of ps[from, to) that are section headings as kHeading. Linear.
void mark_headings(std::string_view text, std::vector<Paragraph>& ps, std::size_t from, std::size_t to);

}  // namespace parley::detail

#endif  // PARLEY_SRC_STRUCTURE_HEADINGS_H_
