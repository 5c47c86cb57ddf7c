// Words and sentences counted in a line of text without tokenizing it (internal), eight bytes at a time.
#ifndef PARLEY_SRC_TEXT_COUNTS_H_
#define PARLEY_SRC_TEXT_COUNTS_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace parley::detail {

// Words (runs between spaces or tabs) and sentences (. ? ! before a space or the end; at least one).
// Given a cap, counting stops past it: the result is min(count, cap + 1), which compares with any
// bound up to cap as the full count would, without reading the rest of a long paragraph.
std::size_t count_words(std::string_view s, std::size_t cap = SIZE_MAX - 1);
std::size_t count_sentences(std::string_view s, std::size_t cap = SIZE_MAX - 1);

}  // namespace parley::detail

#endif  // PARLEY_SRC_TEXT_COUNTS_H_
