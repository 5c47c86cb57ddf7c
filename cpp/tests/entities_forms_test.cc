// Entities, issue: evidence before a label and short forms. A title-case headline's pieces are no
// surname used alone; a body's opening used alone is the body; bodies joined by "and" are two; a title
// before a body's name is no part of it. Invented sentences.
#include <gtest/gtest.h>

#include <string>

#include "entity_spans.h"
#include "parley/analyzer.h"

namespace {

using parley::Document;
using parley::Entity;
using parley::Label;
using parley::testing::any_span;
using parley::testing::entity_of;
using parley::testing::has_span;

TEST(EntitiesForms, HeadlinePiecesAreNoSurnameEvidence) {
  Document doc = parley::analyze(
      "Copper Lantern Urges Careful Spending Before Holiday Season\n"
      "Shoppers were told to plan ahead this year.\n"
      "Over the winter, Copper Lantern ran workshops in twelve towns.\n");
  EXPECT_FALSE(has_span(doc, "Copper Lantern", Label::kPerson));
  EXPECT_FALSE(has_span(doc, "Lantern", Label::kPerson));
}

}  // namespace
