#include <gtest/gtest.h>

#include "parley/analyzer.h"

TEST(Smoke, EmptyTextGivesEmptyDocument) {
  parley::Document doc = parley::analyze("");
  EXPECT_TRUE(doc.paragraphs.empty());
}
