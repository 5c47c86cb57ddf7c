// Words and sentences counted in a line (text/counts.h): the counts the structure and turns stages
// compare with their bounds, on lines shorter and longer than the eight bytes read at a time.
#include <gtest/gtest.h>

#include <string>

#include "text/counts.h"

namespace parley::detail {
namespace {

struct Line {
  const char* text;
  std::size_t words, sentences;
};

TEST(Counts, WordsAndSentencesOfALine) {
  const Line lines[] = {
      {"", 0, 1},  // at least one sentence
      {"   \t ", 0, 1},
      {"one", 1, 1},
      {"  one\ttwo  three ", 3, 1},
      {"Ответ: да, — сказал он.", 5, 1},  // words of any script; the last mark ends the line
      {"a,b.c\nd", 1, 1},                  // only spaces and tabs separate words; a mark inside one ends nothing
      {"One. Two? Three!", 3, 3},
      {"3.5 per cent, e.g.it", 4, 1},
      {"Seven.. Eight", 2, 1},
      // Words and marks across the 8-byte blocks: a word over a block's end, a mark at a block's end with
      // its space in the next block.
      {"abcdefghijklmnop qrstuvw xyz", 3, 1},
      {"1234567 abcdefg hijklmn", 3, 1},
      {"Abcdef. Ghijkl. Mnopqr.", 3, 3},
      {"Abcdefg. Hijklmn. x", 3, 2},
  };
  for (const Line& l : lines) {
    EXPECT_EQ(count_words(l.text), l.words) << l.text;
    EXPECT_EQ(count_sentences(l.text), l.sentences) << l.text;
  }
}

TEST(Counts, CountingStopsPastTheCap) {
  std::string line;
  for (int i = 0; i < 50; ++i) line += "It rains. ";  // 100 words, 50 sentences
  EXPECT_EQ(count_words(line), 100u);
  EXPECT_EQ(count_words(line, 80), 81u);  // min(count, cap + 1)
  EXPECT_EQ(count_words(line, 0), 1u);
  EXPECT_EQ(count_words(line, 100), 100u);
  EXPECT_EQ(count_sentences(line), 50u);
  EXPECT_EQ(count_sentences(line, 2), 3u);
  EXPECT_EQ(count_sentences(line, 0), 1u);
}

}  // namespace
}  // namespace parley::detail
