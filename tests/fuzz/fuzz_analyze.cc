// libFuzzer target over parley::Analyzer::analyze and the JSON round trip.
//
//   make fuzz FUZZ_SECONDS=600        (build/fuzz, clang, ASan + UBSan)
//
// For any bytes: analyze() either throws ParseError (not UTF-8) or returns a
// Document whose spans lie inside the text, in order, naming known speakers and
// entities, and from_json(to_json(doc)) == doc. Document::from_json on the same
// bytes either parses or throws ParseError. Anything else aborts: a finding.
// The corpus of interesting inputs is tests/fuzz/corpus/ (small, committed);
// a crash found becomes a regression test in cpp/tests/robustness_test.cc.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "invariants.h"
#include "parley/analyzer.h"
#include "parley/error.h"

namespace {

const parley::Analyzer& with_options() {
  static const parley::Analyzer* a = [] {
    parley::Options o;
    o.gazetteer = {{"Roscosmos", parley::Label::kOrg, ""}, {"Q", parley::Label::kProduct, "Q letter"}};
    o.aliases = {{"Kiev", "Kyiv"}};
    o.interviewer_labels = {"Correspondent"};
    o.guest_labels = {"Expert"};
    o.cue_verbs = {"quipped"};
    return new parley::Analyzer(std::move(o));
  }();
  return *a;
}

void fail(const char* what, const std::string& detail) {
  std::fprintf(stderr, "parley_fuzz: %s: %s\n", what, detail.c_str());
  std::abort();
}

void check(const parley::Analyzer& analyzer, std::string_view text, bool expect_valid) {
  try {
    parley::Document doc = analyzer.analyze(text);
    if (!expect_valid) fail("analyze", "accepted text the first analyzer rejected");
    if (std::string err = parley::testing::check_invariants(doc); !err.empty()) fail("invariant", err);
  } catch (const parley::ParseError&) {
    if (expect_valid) fail("analyze", "rejected text the first analyzer accepted");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  static const parley::Analyzer plain;
  bool valid = true;
  try {
    parley::Document doc = plain.analyze(text);
    if (std::string err = parley::testing::check_invariants(doc); !err.empty()) fail("invariant", err);
  } catch (const parley::ParseError&) {
    valid = false;  // the documented error for malformed UTF-8
  }
  check(with_options(), text, valid);
  try {
    parley::Document doc = parley::Document::from_json(text);
    (void)doc.to_json();
  } catch (const parley::ParseError& e) {
    // Messages reach Python as str: they must be UTF-8 whatever the input was.
    try {
      (void)plain.analyze(e.what());
    } catch (const parley::ParseError&) {
      fail("from_json", "ParseError message is not valid UTF-8");
    }
  }
  return 0;
}
