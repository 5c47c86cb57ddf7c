// Quotes on the development corpus, driven by tests/data/golden/quotes/corpus.json
// (the same fixture bench/quality_quotes.py scores).
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "corpus.h"
#include "parley/analyzer.h"

namespace {

using Json = nlohmann::json;

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

std::string last_word(const std::string& s) {
  std::size_t sp = s.find_last_of(' ');
  return sp == std::string::npos ? s : s.substr(sp + 1);
}

// The name behind a quote's speaker id: an entity's or an interview speaker's.
std::string speaker_name(const parley::Document& doc, const std::string& id) {
  for (const auto& e : doc.entities)
    if (e.id == id) return e.name;
  for (const auto& s : doc.speakers)
    if (s.id == id) return s.name;
  return id;
}

class QuotesCorpus : public ::testing::TestWithParam<std::string> {};

TEST_P(QuotesCorpus, MatchesGold) {
  Json gold = Json::parse(read(std::string(PARLEY_TEST_DATA) + "/golden/quotes/corpus.json"));
  const Json& file = gold.at(GetParam());
  PARLEY_CORPUS_TEXT_OR_SKIP(text, std::string(GetParam()));
  parley::Document doc = parley::analyze(text);
  const auto& expected = file.at("quotes");
  if (file.value("complete", false)) EXPECT_EQ(doc.quotes.size(), expected.size());
  for (const auto& g : expected) {
    std::string want = g.at("text").get<std::string>();
    int line = g.at("line").get<int>();
    const parley::Quote* found = nullptr;
    for (const auto& q : doc.quotes) {
      if (doc.slice(q.start, q.end) != want) continue;
      std::size_t b = doc.byte_offset(q.start);
      int at_line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(b), '\n'));
      if (at_line == line) found = &q;
    }
    SCOPED_TRACE(GetParam() + ":" + std::to_string(line) + " " + want);
    ASSERT_NE(found, nullptr) << "quote not found";
    EXPECT_EQ(std::string(to_string(found->kind)), g.at("kind").get<std::string>());
    auto str = [&](const char* key) { return g.at(key).is_null() ? std::string() : g.at(key).get<std::string>(); };
    EXPECT_EQ(found->speaker_text, str("speaker_text"));
    EXPECT_EQ(found->cue, str("cue"));
    EXPECT_EQ(found->channel, str("channel"));
    EXPECT_EQ(found->closed, g.at("closed").get<bool>());
    std::string who = str("speaker");
    bool from_entity = !found->speaker.empty() && found->speaker[0] == 'E';
    if (who.empty()) {
      EXPECT_EQ(found->speaker, "");
    } else if (doc.entities.empty() && (found->speaker.empty() || from_entity)) {
      // Entities switched off or not built: speaker ids cannot be checked, speaker_text was.
    } else {
      EXPECT_EQ(last_word(speaker_name(doc, found->speaker)), last_word(who)) << "speaker " << found->speaker;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Corpus, QuotesCorpus,
                         ::testing::Values("000_c1ada2601b12286d.txt", "dailymail-cameron-ukraine-ceasefire.txt",
                                           "kremlin-itar-tass-interview-brics.txt",
                                           "kremlin-vologda-journalists-questions.txt",
                                           "npr-planet-money-slot-flaw-transcript.txt"),
                         [](const auto& info) {
                           std::string n = info.param.substr(0, info.param.find('.'));
                           for (char& c : n)
                             if (!isalnum(static_cast<unsigned char>(c))) c = '_';
                           return n;
                         });

}  // namespace
