// The tokenizer every stage reads: token boundaries and flags on varied text
// (ASCII fast paths, long words, non-ASCII letters, apostrophes, CJK, numbers).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/tokenizer.h"

namespace parley::detail {
namespace {

struct Tok {
  std::string text;
  std::uint32_t flags;
};

// The tokens of `text` taken as one paragraph (or one per '\n'-separated line).
std::vector<Tok> tokens_of(const std::string& text, bool lines = false) {
  std::vector<ByteRange> ranges;
  if (lines) {
    std::uint32_t start = 0;
    for (std::uint32_t i = 0; i <= text.size(); ++i)
      if (i == text.size() || text[i] == '\n') {
        ranges.push_back({start, i});
        start = i + 1;
      }
  } else {
    ranges.push_back({0, static_cast<std::uint32_t>(text.size())});
  }
  std::vector<Tok> out;
  for (const Token& t : tokenize(text, ranges)) out.push_back({text.substr(t.start, t.end - t.start), t.flags});
  return out;
}

std::vector<std::string> words(const std::vector<Tok>& toks) {
  std::vector<std::string> out;
  for (const auto& t : toks) out.push_back(t.text);
  return out;
}

constexpr std::uint32_t kCase = kUpperInitial | kAllCaps;

TEST(Tokenizer, SplitsWordsNumbersAndPunctuation) {
  auto t = tokens_of("Hello, world! It costs 5,000 or 3.5 dollars.");
  EXPECT_EQ(words(t), (std::vector<std::string>{"Hello", ",", "world", "!", "It", "costs", "5,000", "or", "3.5",
                                                "dollars", "."}));
  EXPECT_TRUE(t[0].flags & kWord);
  EXPECT_TRUE(t[1].flags & kPunct);
  EXPECT_TRUE(t[6].flags & kNumber);
  EXPECT_TRUE(t[8].flags & kNumber);
}

TEST(Tokenizer, LongWordsKeepTheirCaseFlagsWhateverTheirLength) {
  // Words of every length around the 16-byte blocks, all caps or not, then
  // followed by punctuation, the paragraph end, a digit or a non-ASCII letter.
  for (int n = 1; n <= 40; ++n) {
    std::string caps(n, 'A'), lower(n, 'b'), mixed = "N" + std::string(n, 'x');
    for (const std::string& tail : {std::string("."), std::string(""), std::string(" z")}) {
      auto a = tokens_of(caps + tail);
      ASSERT_FALSE(a.empty());
      EXPECT_EQ(a[0].text, caps) << n;
      EXPECT_EQ(a[0].flags & kCase, n >= 2 ? kCase : kUpperInitial) << n;
      auto b = tokens_of(lower + tail);
      EXPECT_EQ(b[0].text, lower) << n;
      EXPECT_EQ(b[0].flags & kCase, 0u) << n;
      auto c = tokens_of(mixed + tail);
      EXPECT_EQ(c[0].text, mixed) << n;
      EXPECT_EQ(c[0].flags & kCase, kUpperInitial) << n;
    }
    // A lowercase letter or a digit at the very end of a long capital word.
    EXPECT_EQ(tokens_of(caps + "z")[0].flags & kCase, kUpperInitial) << n;
    EXPECT_EQ(tokens_of(caps + "7")[0].flags & kCase, kUpperInitial) << n;
    EXPECT_EQ(tokens_of(caps + "7")[0].text, caps + "7") << n;
    // A non-ASCII letter continues the word, its case counts.
    EXPECT_EQ(tokens_of(caps + "É")[0].text, caps + "É") << n;
    EXPECT_EQ(tokens_of(caps + "É")[0].flags & kCase, kCase) << n;
    EXPECT_EQ(tokens_of(caps + "é")[0].flags & kCase, kUpperInitial) << n;
  }
}

TEST(Tokenizer, WordsStopAtTheirParagraphEnd) {
  std::string a(20, 'a'), b(20, 'B');
  auto t = tokens_of(a + "\n" + b, /*lines=*/true);
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].text, a);
  EXPECT_EQ(t[1].text, b);
  EXPECT_TRUE(t[1].flags & kParagraphStart);
  EXPECT_TRUE(t[1].flags & kAllCaps);
}

TEST(Tokenizer, NonAsciiLettersAndCaseFlags) {
  auto t = tokens_of("Путин сказал: «Москва» ÉCOLE Ελλάδα straße");
  EXPECT_EQ(words(t), (std::vector<std::string>{"Путин", "сказал", ":", "«", "Москва", "»", "ÉCOLE", "Ελλάδα", "straße"}));
  EXPECT_EQ(t[0].flags & kCase, kUpperInitial);
  EXPECT_EQ(t[1].flags & kCase, 0u);
  EXPECT_TRUE(t[3].flags & kQuoteMark);
  EXPECT_EQ(t[6].flags & kCase, kCase);
  EXPECT_EQ(t[7].flags & kCase, kUpperInitial);
}

TEST(Tokenizer, ApostrophesInsideWordsAndPossessives) {
  auto t = tokens_of("O'Brien don't Putin’s NATO's it's");
  EXPECT_EQ(words(t), (std::vector<std::string>{"O'Brien", "don't", "Putin", "’s", "NATO", "'s", "it", "'s"}));
  EXPECT_TRUE(t[3].flags & kPossessive);
  EXPECT_TRUE(t[5].flags & kPossessive);
  EXPECT_TRUE(t[4].flags & kAllCaps);
  // "'s" followed by letters is part of the word.
  EXPECT_EQ(words(tokens_of("Xi'shan")), (std::vector<std::string>{"Xi'shan"}));
}

TEST(Tokenizer, CjkRunsDashesAndSpaces) {
  auto t = tokens_of("中国外交部 said — yes\u00A0no\u2009ok 😀");
  EXPECT_EQ(words(t), (std::vector<std::string>{"中国外交部", "said", "—", "yes", "no", "ok", "😀"}));
  EXPECT_EQ(t[0].flags & (kWord | kCjk), kWord | kCjk);
  EXPECT_TRUE(t[2].flags & kDash);
  EXPECT_TRUE(t[4].flags & kSpaceBefore);
  EXPECT_TRUE(t[6].flags & kPunct);
}

TEST(Tokenizer, SentenceStartsFollowStops) {
  auto t = tokens_of("\"Yes.\" He left… Then? Go! now");
  std::vector<std::string> starts;
  for (const auto& x : t)
    if (x.flags & kSentenceStart) starts.push_back(x.text);
  EXPECT_EQ(starts, (std::vector<std::string>{"Yes", "He", "Then", "Go", "now"}));
}

}  // namespace
}  // namespace parley::detail
