// Held-out articles (tests/data/heldout/turns, expectations in tests/data/golden/turns/heldout.json):
// written and annotated before the analyzer ever ran on them, in every style of issue 3 plus a news
// story with no interview. Checks the role of every paragraph, the kinds annotated and the header.
#include <gtest/gtest.h>

#include <cctype>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "parley/analyzer.h"
#include "parley/document.h"

namespace {

using nlohmann::json;
using parley::Document;
using parley::Role;

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

// All batches: heldout.json (first), heldout2.json (b2_*.txt), heldout3.json (c*_*.txt), heldout4.json (d*_*.txt),
// heldout5.json (e*_*.txt), heldout6.json (f*_*.txt), heldout7.json (g*_*.txt).
const json& golden() {
  static const json g = [] {
    json all = json::parse(read_file(std::string(PARLEY_TEST_DATA) + "/golden/turns/heldout.json"));
    for (const char* batch : {"heldout2.json", "heldout3.json", "heldout4.json", "heldout5.json", "heldout6.json",
                              "heldout7.json"}) {
      json more = json::parse(read_file(std::string(PARLEY_TEST_DATA) + "/golden/turns/" + batch));
      for (auto it = more.begin(); it != more.end(); ++it)
        if (!it.key().starts_with("_")) all[it.key()] = it.value();
    }
    return all;
  }();
  return g;
}

Document analyze(const std::string& file) {
  parley::Options o;
  o.entities = false;
  o.quotes = false;
  return parley::Analyzer(o).analyze(read_file(std::string(PARLEY_TEST_DATA) + "/heldout/turns/" + file));
}

// One character per paragraph: I(nterviewer), G(uest), '.' (no speaker).
std::string roles(const Document& d) {
  std::string out;
  for (const auto& p : d.paragraphs) {
    char c = '.';
    for (const auto& s : d.speakers)
      if (s.id == p.speaker) c = s.role == Role::kInterviewer ? 'I' : 'G';
    out += c;
  }
  return out;
}

class TurnsHeldout : public ::testing::TestWithParam<std::string> {};

TEST_P(TurnsHeldout, RolesKindsAndHeader) {
  const std::string file = GetParam();
  const json g = golden().at(file);
  Document d = analyze(file);
  const std::string expected = g.at("roles").get<std::string>();
  const std::string got = roles(d);
  ASSERT_EQ(got.size(), expected.size()) << file;
  std::size_t right = 0;
  for (std::size_t i = 0; i < got.size(); ++i) right += got[i] == expected[i];
  std::cout << "[turns heldout] " << file << ": " << right << "/" << got.size() << " paragraphs\n";
  EXPECT_EQ(got, expected) << file;
  for (const auto& [line, kinds] : g.at("kinds").items()) {
    std::size_t i = std::stoul(line) - 1;
    ASSERT_LT(i, d.paragraphs.size());
    std::string kind(to_string(d.paragraphs[i].kind));
    bool ok = false;
    for (const auto& k : kinds) ok = ok || k.get<std::string>() == kind;
    EXPECT_TRUE(ok) << file << " line " << line << " is " << kind;
  }
  const json& meta = g.at("meta");
  EXPECT_EQ(d.meta.title, meta.at("title").get<std::string>()) << file;
  EXPECT_EQ(d.meta.authors, meta.at("authors").get<std::vector<std::string>>()) << file;
  std::vector<std::string> guests;
  for (const auto& guest : d.meta.guests) guests.push_back(guest.name);
  EXPECT_EQ(guests, meta.at("guests").get<std::vector<std::string>>()) << file;
}

std::vector<std::string> files() {
  std::vector<std::string> out;
  for (auto it = golden().begin(); it != golden().end(); ++it)
    if (!it.key().starts_with("_")) out.push_back(it.key());
  return out;
}

INSTANTIATE_TEST_SUITE_P(Articles, TurnsHeldout, ::testing::ValuesIn(files()), [](const auto& info) {
  std::string n = info.param.substr(0, info.param.find('.'));
  for (char& c : n)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return n;
});

}  // namespace
