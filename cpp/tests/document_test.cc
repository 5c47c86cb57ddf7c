// The Document contract: code-point offsets, exact text, JSON round trip, errors.
#include <gtest/gtest.h>

#include <string>

#include "parley/analyzer.h"
#include "parley/error.h"

namespace parley {
namespace {

constexpr const char* kMixed =
    "Заголовок: «Переговоры» — что дальше?\n"
    "中国外交部 said “peace” 🙂 — maybe.\n"
    "Emoji 👍🏽 and Ελληνικά text, then ASCII.\n";

// A std::string handed over to analyze() (an rvalue) gives the Document the view and the lvalue give,
// its buffer taken instead of copied; malformed UTF-8 is the same ParseError.
TEST(Document, AnalyzingAHandedOverStringGivesTheSameDocument) {
  const Analyzer analyzer;
  const std::string text = std::string(kMixed) + "“We will win,” said Anna Berg.\n";
  std::string owned = text;
  const Document from_view = analyzer.analyze(std::string_view(text));
  const Document from_lvalue = analyzer.analyze(text);
  const Document handed_over = analyzer.analyze(std::move(owned));
  EXPECT_EQ(handed_over, from_view);
  EXPECT_EQ(from_lvalue, from_view);
  EXPECT_EQ(handed_over.text(), text);
  EXPECT_EQ(text.size(), std::string(kMixed).size() + 35);  // the lvalue was not moved from
  EXPECT_THROW(analyzer.analyze(std::string("ok \xC3\x28")), ParseError);
}

TEST(Document, OffsetsAreCodePointsAndSliceInvertsThem) {
  Document d = analyze(kMixed);
  ASSERT_EQ(d.paragraphs.size(), 3u);
  // The first paragraph is 37 code points long (more in bytes).
  EXPECT_EQ(d.paragraphs[0].start, 0);
  EXPECT_EQ(d.paragraphs[0].end, 37);
  EXPECT_EQ(d.slice(d.paragraphs[0].start, d.paragraphs[0].end), "Заголовок: «Переговоры» — что дальше?");
  EXPECT_EQ(d.slice(d.paragraphs[1].start, d.paragraphs[1].end), "中国外交部 said “peace” 🙂 — maybe.");
  EXPECT_EQ(d.paragraphs[1].start, 38);
  EXPECT_EQ(d.size(), 37 + 1 + 30 + 1 + 38 + 1);
}

TEST(Document, SliceClampsAndByteOffsetMatchesAcrossStrides) {
  std::string text;
  for (int i = 0; i < 500; ++i) text += (i % 3 == 0) ? "я" : (i % 3 == 1) ? "a" : "🙂";
  Document d{text};
  EXPECT_EQ(d.size(), 500);
  std::size_t bytes = 0;
  for (int i = 0; i <= 500; ++i) {
    EXPECT_EQ(d.byte_offset(i), bytes) << i;
    if (i < 500) bytes += (i % 3 == 0) ? 2 : (i % 3 == 1) ? 1 : 4;
  }
  EXPECT_EQ(d.slice(-5, 1), "я");
  EXPECT_EQ(d.slice(499, 10000), "a");
  EXPECT_EQ(d.slice(10, 5), "");
}

TEST(Document, JsonRoundTripIsLossless) {
  Document d = analyze(std::string(kMixed) + "Source: https://example.com/x\n");
  std::string json = d.to_json();
  EXPECT_NE(json.find("\"schema\":\"parley.document/1\""), std::string::npos);
  Document back = Document::from_json(json);
  EXPECT_TRUE(back == d);
  EXPECT_EQ(back.to_json(), json);
  EXPECT_EQ(Document::from_json(d.to_json(2)).to_json(), json);
}

TEST(Document, HandMadeDocumentRoundTripsEveryField) {
  Document d{"Trump said: \"fine\". Kiev"};
  d.meta.title = "T";
  d.meta.authors = {"A", "B"};
  d.meta.guests = {{"G", "desc"}};
  d.meta.published = "2013-03-22T00:00:00+03:00";
  d.meta.site = "President of Russia";
  d.meta.provenance = {{"title", "text"}, {"published", "page"}, {"site", "page"}};
  d.paragraphs = {{0, 24, ParagraphKind::kAnswer, "S1"}};
  d.speakers = {{"S1", Role::kGuest, "Trump", {"Trump", "Donald Trump"}, "president"}};
  d.turns = {{"S1", {0}, 0, 24, -1}};
  Quote q;
  q.start = 13;
  q.end = 17;
  q.speaker = "E1";
  q.speaker_text = "Trump";
  q.speaker_start = 0;
  q.speaker_end = 5;
  q.cue = "said";
  q.closed = false;
  d.quotes = {q};
  d.entities = {{"E1", Label::kPerson, "Trump", {{0, 5}}, {{"titles", {"President"}}}},
                {"E2", Label::kGpe, "Kyiv", {{20, 24}}, {{"aliases", {"Kiev"}}}}};
  d.warnings = {{12, 13, "unmatched_quote", "no closing mark"}};
  Document back = Document::from_json(d.to_json());
  EXPECT_TRUE(back == d);
  EXPECT_NE(d.to_json().find("\"text\":\"fine\""), std::string::npos);
}

TEST(Document, MetaProvenanceNamesTheTextForWhatTheTextGave) {
  Document d = analyze("Title of the piece\n\nBy Anna Berg\n\nThe body of the article goes on here.");
  EXPECT_EQ(d.meta.provenance.at("title"), "text");
  EXPECT_EQ(d.meta.provenance.at("authors"), "text");
  EXPECT_EQ(d.meta.provenance.count("published"), 0u);  // the text gave none
  Meta m;
  m.site = "Site";
  m.provenance["site"] = "page";
  mark_provenance(m, "text");  // an existing source is kept
  EXPECT_EQ(m.provenance.at("site"), "page");
  EXPECT_EQ(m.provenance.size(), 1u);
}

TEST(Document, OlderDocumentsWithoutPublishedSiteOrProvenanceStillRead) {
  Document d = Document::from_json(
      R"({"schema":"parley.document/1","text":"Hi.","meta":{"title":"T","subtitle":"","authors":[],"guests":[],)"
      R"("source_url":"","disclaimer":""},"paragraphs":[],"speakers":[],"turns":[],"quotes":[],"entities":[]})");
  EXPECT_EQ(d.meta.title, "T");
  EXPECT_EQ(d.meta.published, "");
  EXPECT_EQ(d.meta.site, "");
  EXPECT_TRUE(d.meta.provenance.empty());
}

TEST(Document, FromJsonRejectsBadInputWithParseError) {
  EXPECT_THROW(Document::from_json("{"), ParseError);
  EXPECT_THROW(Document::from_json("[]"), ParseError);
  EXPECT_THROW(Document::from_json(R"({"schema":"other/1"})"), ParseError);
  std::string good = analyze("Hello world.").to_json();
  std::string bad_offset = good;
  bad_offset.replace(bad_offset.find("\"end\":12"), 8, "\"end\":99");
  EXPECT_THROW(Document::from_json(bad_offset), ParseError);
  std::string bad_kind = good;
  bad_kind.replace(bad_kind.find("narrative"), 9, "nonsense!");
  EXPECT_THROW(Document::from_json(bad_kind), ParseError);
  try {
    Document::from_json("{\"a\": tru}");
    FAIL();
  } catch (const ParseError& e) {
    EXPECT_EQ(e.code(), ErrorCode::kInvalidJson);
    EXPECT_GE(e.position(), 0);
  }
}

TEST(Document, InvalidUtf8IsAParseErrorNamingTheByteOffset) {
  for (auto [text, offset] : std::vector<std::pair<std::string, int>>{
           {"ab\xFF", 2}, {"\xC0\x80", 0}, {"ok \xE2\x82", 3}, {"\xED\xA0\x80", 0}, {"x\xF4\x90\x80\x80", 1}}) {
    try {
      analyze(text);
      FAIL() << "accepted invalid UTF-8";
    } catch (const ParseError& e) {
      EXPECT_EQ(e.position(), offset);
      EXPECT_EQ(e.code(), ErrorCode::kInvalidUtf8);
      EXPECT_NE(std::string(e.what()).find("byte offset " + std::to_string(offset)), std::string::npos);
    }
  }
}

TEST(Document, NulBytesAreText) {
  std::string text("a\0b\nc", 5);
  Document d = analyze(text);
  EXPECT_EQ(d.text(), text);
  ASSERT_EQ(d.paragraphs.size(), 2u);
  EXPECT_EQ(d.slice(d.paragraphs[0].start, d.paragraphs[0].end), std::string("a\0b", 3));
}

}  // namespace
}  // namespace parley
