// Document::to_json writes its text directly: it must be exactly the JSON that
// nlohmann prints for the same tree (the format users and golden files see),
// escape per RFC 8259 and keep UTF-8 as is, at every indent.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "corpus.h"
#include "parley/analyzer.h"

namespace parley {
namespace {

using Json = nlohmann::ordered_json;

// A development article from ../shared/corpus or the bundled examples, or "".
std::string article(const std::string& name) { return parley::testing::corpus_text(name); }

// Every field filled, with escapes, non-ASCII, empty and null values.
Document hand_made() {
  Document d{"He said \"no\" \\ then\ttab\nnewline \x01\x1f\x7f é 中 😀 — end."};
  d.meta.title = "T \"q\"";
  d.meta.subtitle = "";
  d.meta.authors = {"A", "Б"};
  d.meta.guests = {{"G", "line\nbreak"}, {"", ""}};
  d.meta.source_url = "https://example.com/a?b=1&c=/d";
  d.meta.published = "2024-01-02";
  d.meta.site = "Site \"S\" é";
  d.meta.provenance = {{"title", "text"}, {"site", "page"}, {"ключ\t", "page"}};
  d.paragraphs = {{0, 10, ParagraphKind::kAnswer, "S1"}, {10, 20, ParagraphKind::kNarrative, ""}};
  d.speakers = {{"S1", Role::kGuest, "Name", {}, ""}, {"S2", Role::kInterviewer, "Q", {"Q", "Host"}, "d"}};
  d.turns = {{"S1", {0, 1}, 0, 20, -1}, {"S2", {}, 20, 30, 0}};
  Quote q;
  q.start = 9;
  q.end = 11;
  q.speaker = "E1";
  q.speaker_text = "He";
  q.speaker_start = 0;
  q.speaker_end = 2;
  q.cue = "said";
  q.closed = false;
  d.quotes = {q, Quote{}};
  Entity e;
  e.id = "E1";
  e.name = "He";
  e.mentions = {{0, 2}, {44, 47}};
  e.attributes = {{"titles", {"a", "b\"c"}}, {"value", {}}, {"ключ\t", {"x"}}};
  d.entities = {e, Entity{}};
  d.warnings = {{1, 2, "unmatched_quote", "an unmatched \" mark"}};
  return d;
}

// nlohmann's own dump of our output, parsed back: equal iff the format is nlohmann's.
std::string renumbered(const std::string& json, int indent) {
  return Json::parse(json).dump(indent, ' ', false, Json::error_handler_t::strict);
}

TEST(JsonWriter, OutputIsExactlyNlohmannsFormatAtEveryIndent) {
  std::vector<Document> docs = {hand_made(), Document{}, Document{"x"}, analyze("Putin said: “Yes.”\n\nQ: Why?\nA: Because.")};
  for (const char* name : {"000_c1ada2601b12286d.txt", "kremlin-itar-tass-interview-brics.txt"}) {
    std::string text = article(name);
    if (!text.empty()) docs.push_back(analyze(text));
  }
  EXPECT_GE(docs.size(), 6u) << "the bundled examples are missing";
  for (const auto& d : docs)
    for (int indent : {-1, 0, 1, 2, 4}) {
      std::string json = d.to_json(indent);
      EXPECT_EQ(renumbered(json, indent), json) << "indent " << indent;
      EXPECT_TRUE(Document::from_json(json) == d);
    }
}

TEST(JsonWriter, EscapesControlCharactersAndKeepsUtf8) {
  Document d{std::string("a\"b\\c/\b\f\n\r\t\x01\x1f\x7f é😀") + '\0' + "z"};
  std::string json = d.to_json();
  EXPECT_NE(json.find(R"("text":"a\"b\\c/\b\f\n\r\t\u0001\u001f)" "\x7f é😀" R"(\u0000z")"), std::string::npos)
      << json;
}

TEST(JsonWriter, CompactAndIndentedLayout) {
  Document d{"Hi"};
  d.paragraphs = {{0, 2, ParagraphKind::kTitle, ""}};
  std::string compact = d.to_json();
  EXPECT_NE(compact.find(R"("paragraphs":[{"start":0,"end":2,"kind":"title","speaker":null}],"speakers":[])"),
            std::string::npos)
      << compact;
  std::string pretty = d.to_json(2);
  EXPECT_NE(pretty.find("  \"paragraphs\": [\n    {\n      \"start\": 0,\n      \"end\": 2,\n"), std::string::npos)
      << pretty;
  EXPECT_NE(pretty.find("\"speakers\": [],\n"), std::string::npos) << pretty;
  EXPECT_EQ(pretty.substr(0, 2), "{\n");
  EXPECT_EQ(pretty.back(), '}');
}

TEST(JsonWriter, MalformedUtf8InAFieldThrows) {
  Document d{"ok"};
  d.meta.title = "cut \xE2\x80";
  EXPECT_ANY_THROW(d.to_json());
  d.meta.title = "bad \xFF byte";
  EXPECT_ANY_THROW(d.to_json(2));
  d.meta.title = "fine";
  EXPECT_NO_THROW(d.to_json());
}

}  // namespace
}  // namespace parley
