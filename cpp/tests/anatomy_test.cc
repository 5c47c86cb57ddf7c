// Anatomy of pasted pages and excerpts: furniture runs, a page's tail, captions, headings, notes,
// one-sentence-a-line text, and an exchange under labels used once (invented texts: unit tests of
// the mechanisms; bench/quality_real.py measures them on real articles).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parley/analyzer.h"
#include "parley/document.h"

namespace {

using parley::Analyzer;
using parley::Document;

std::vector<std::string> kinds(const Document& d) {
  std::vector<std::string> out;
  for (const auto& p : d.paragraphs) out.emplace_back(parley::to_string(p.kind));
  return out;
}

const std::string kProse =
    "The council met for six hours on Tuesday and agreed on nothing but the date of the next meeting.\n";
const std::string kProse2 =
    "Its members said afterwards that the budget would have to wait until the spring at the earliest.\n";

TEST(Anatomy, ShareBarIsClutter) {
  Analyzer a;
  Document d = a.analyze("Council fails to agree on the budget\nFacebook\nTelegram\nCopy Link\n" + kProse + kProse2);
  EXPECT_EQ(kinds(d), (std::vector<std::string>{"title", "clutter", "clutter", "clutter", "narrative", "narrative"}));
}

TEST(Anatomy, PageTailOfRelatedHeadlinesIsClutter) {
  Analyzer a;
  Document d = a.analyze("Council fails to agree on the budget\n" + kProse + kProse2 +
                         "Related Articles\nMayor opens the new bridge to cyclists\nBusiness\nView more\n");
  std::vector<std::string> k = kinds(d);
  ASSERT_EQ(k.size(), 7u);
  EXPECT_EQ(k[2], "narrative");
  for (std::size_t i = 3; i < 7; ++i) EXPECT_EQ(k[i], "clutter") << i;
}

TEST(Anatomy, ContributorCreditIsClutter) {
  Analyzer a;
  Document d = a.analyze("Council fails to agree on the budget\n" + kProse + kProse2 +
                         "Ana Ruiz in Madrid contributed to this report.\n");
  EXPECT_EQ(kinds(d).back(), "clutter");
}

TEST(Anatomy, SectionHeadingBetweenParagraphs) {
  Analyzer a;
  Document d = a.analyze("Council fails to agree on the budget\n" + kProse + kProse2 + "What comes next\n" + kProse);
  EXPECT_EQ(kinds(d)[3], "heading");
  // A short sentence is no heading.
  Document s = a.analyze("Council fails to agree on the budget\n" + kProse + kProse2 + "Nobody was surprised.\n" + kProse);
  EXPECT_EQ(kinds(s)[3], "narrative");
}

TEST(Anatomy, HeadingEndsTheTurn) {
  Analyzer a;
  Document d = a.analyze(
      "A conversation with the harbour master\n"
      "Q: How long have you worked here?\n"
      "A: For thirty-one years, since the old cranes were still running on steam and coal.\n"
      "Looking ahead\n"
      "The harbour will close for repairs in the winter, when the ferries stop running to the islands.\n");
  std::vector<std::string> k = kinds(d);
  EXPECT_EQ(k[3], "heading");
  EXPECT_EQ(k[4], "narrative");
  EXPECT_TRUE(d.paragraphs[4].speaker.empty());
}

TEST(Anatomy, CaptionsByPositionsAndAnnouncements) {
  Analyzer a;
  Document d = a.analyze("Council fails to agree on the budget\n" + kProse +
                         "Mayor Ilse Borg (left) meets council leader Tom Aas (right) on Tuesday.\n"
                         "(Video source: Harbour TV)\n" + kProse2);
  EXPECT_EQ(kinds(d)[2], "caption");
  EXPECT_EQ(kinds(d)[3], "caption");
}

TEST(Anatomy, PictureCreditsAndAuthorNotes) {
  Analyzer a;
  Document d = a.analyze("Council fails to agree on the budget\n" + kProse + kProse2 +
                         "The old town hall stands empty on Sunday, Dec. 21, 2025. (Photo/Ana Ruiz)\n"
                         "Ana Ruiz/Harbour Wire\n" + kProse +
                         "The writer is a councillor of the harbour district.\n");
  std::vector<std::string> k = kinds(d);
  EXPECT_EQ(k[3], "caption");
  EXPECT_EQ(k[4], "clutter");
  EXPECT_EQ(k.back(), "clutter");
}

TEST(Anatomy, BreakLabelIsNoTurn) {
  Analyzer a;
  Document d = a.analyze(
      "Harbour podcast, episode 4\n"
      "Tim Hale: Welcome back to the show, where we talk about ships and the people who sail them.\n"
      "Ana Ruiz: Thanks for having me on, it is good to be here again after so long.\n"
      "Break: [00:20:05.10]\n"
      "Tim Hale: And we are back. Where were we?\n"
      "Ana Ruiz: At the lighthouse.\n");
  EXPECT_TRUE(d.paragraphs[3].speaker.empty());
}

TEST(Anatomy, NotesAndFootnotesAreTheFooter) {
  Analyzer a;
  Document d = a.analyze(
      "A conversation with the translator\n"
      "Q: Why this book?\n"
      "A: Because nobody had translated the second volume [1], and the first was out of print.\n"
      "Notes\n"
      "[1] The second volume appeared in 1931.\n"
      "[2] The first was reprinted in 2019.\n");
  std::vector<std::string> k = kinds(d);
  EXPECT_EQ(k[3], "clutter");
  EXPECT_EQ(k[4], "clutter");
  EXPECT_EQ(k[5], "clutter");
  EXPECT_TRUE(d.paragraphs[5].speaker.empty());
}

TEST(Anatomy, OneSentenceALineHasNoDek) {
  std::string text = "Harbour reopens after the storm\n";
  for (int i = 0; i < 9; ++i) text += "The harbour office said on Monday that ferry number " + std::to_string(i) + " would run again.\n";
  Analyzer a;
  Document d = a.analyze(text);
  EXPECT_EQ(kinds(d)[1], "narrative");
  EXPECT_EQ(d.meta.subtitle, "");
}

TEST(Anatomy, HardWrappedTextIsRejoined) {
  // Paragraphs folded at 64 columns, a blank line between them.
  std::string text =
      "Harbour council fails to agree\n\n"
      "By Ana Ruiz\n\n";
  for (int k = 0; k < 4; ++k)
    text +=
        "The council met for six hours on Tuesday and agreed on nothing\n"
        "but the date of its next meeting, which will be held in March in\n"
        "the old town hall, its members said after the session ended.\n\n";
  text += "Q: Will the budget pass in the spring, as the mayor said it would?\n\n"
          "A: Nobody on the council can promise that, but we will try hard to\n"
          "get it done before the ferries stop running for the winter.\n";
  Analyzer a;
  Document d = a.analyze(text);
  std::vector<std::string> k = kinds(d);
  ASSERT_EQ(k.size(), 8u);
  EXPECT_EQ(k[0], "title");
  EXPECT_EQ(k[1], "byline");
  // Three folded lines, one paragraph whose span keeps their newlines.
  EXPECT_EQ(text.substr(static_cast<std::size_t>(d.paragraphs[2].start),
                        static_cast<std::size_t>(d.paragraphs[2].end - d.paragraphs[2].start)),
            "The council met for six hours on Tuesday and agreed on nothing\n"
            "but the date of its next meeting, which will be held in March in\n"
            "the old town hall, its members said after the session ended.");
  EXPECT_EQ(k[6], "question");
  EXPECT_EQ(k[7], "answer");
}

TEST(Anatomy, ExchangeUnderLabelsUsedOnce) {
  Analyzer a;
  Document d = a.analyze(
      "Museum closes\n"
      "IVAN PETROV: The ministry refused support. Why?\n"
      "OLGA SMIRNOVA: It is not surprising.\n");
  ASSERT_EQ(d.speakers.size(), 2u);
  EXPECT_EQ(kinds(d), (std::vector<std::string>{"title", "question", "answer"}));
}

}  // namespace
