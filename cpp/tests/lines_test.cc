// CiPrefixSet (structure/lines.h): the prefixes indexed by their folded first byte answer as
// iequals_prefix asked of each in turn, across ASCII and non-ASCII first letters and their cases.
#include <gtest/gtest.h>

#include <string_view>

#include "structure/lines.h"

namespace parley::detail {
namespace {

TEST(CiPrefixSet, OpensAsEachPrefixWould) {
  const CiPrefixSet set{"share this", "sign in", "фото:", "Élan", "(c) "};
  EXPECT_TRUE(set.opens("Share this article"));
  EXPECT_TRUE(set.opens("SIGN IN to comment"));
  EXPECT_TRUE(set.opens("ФОТО: Иван Петров"));  // an upper-case Cyrillic lead byte differs from the lower
  EXPECT_TRUE(set.opens("élan vital"));        // a Latin-1 letter folds too
  EXPECT_TRUE(set.opens("(C) 2024 The Review"));
  EXPECT_FALSE(set.opens("Sharing this"));
  EXPECT_FALSE(set.opens("Видео: ..."));
  EXPECT_FALSE(set.opens(""));
  EXPECT_FALSE(set.opens("sign"));  // shorter than the prefix
  const std::string_view lines[] = {"share this", "Фото: x", "élan", "(c) x", "x share this", "Sign in"};
  for (std::string_view l : lines) {
    bool any = false;
    for (std::string_view p : {"share this", "sign in", "фото:", "Élan", "(c) "}) any = any || iequals_prefix(l, p);
    EXPECT_EQ(set.opens(l), any) << l;
  }
}

}  // namespace
}  // namespace parley::detail
