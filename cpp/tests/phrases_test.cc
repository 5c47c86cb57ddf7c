// PhraseSet (text/phrases.h): any of a few fixed phrases found in a text in one pass, wherever it
// stands, byte for byte; phrases under four bytes too.
#include <gtest/gtest.h>

#include <string>

#include "text/phrases.h"

namespace parley::detail {
namespace {

TEST(PhraseSet, FindsAnyPhraseAnywhere) {
  const PhraseSet set{"edited for length", "been condensed", "ok", "interview was conducted"};
  EXPECT_TRUE(set.found_in("edited for length"));                    // the whole text
  EXPECT_TRUE(set.found_in("it has been condensed."));               // inside
  EXPECT_TRUE(set.found_in("the interview was conducted"));          // at the end
  EXPECT_TRUE(set.found_in("that is ok with me"));                   // a short phrase
  EXPECT_FALSE(set.found_in("edited for lengt"));                    // cut short
  EXPECT_FALSE(set.found_in("Edited for length"));                   // byte for byte: the caller lowers
  EXPECT_FALSE(set.found_in("edit"));
  EXPECT_FALSE(set.found_in(""));
  std::string text(1000, 'x');
  EXPECT_FALSE(set.found_in(text));
  text += "been condensed";
  EXPECT_TRUE(set.found_in(text));
}

}  // namespace
}  // namespace parley::detail
