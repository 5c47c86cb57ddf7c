// parley_bench: MB/s of the whole pipeline and of each stage (Google Benchmark).
//
//   parley_bench --corpus=FILE [--docs=FILE] [benchmark flags]
//
// FILE holds the benchmark articles separated by NUL bytes (bench/run.py makes
// it from ../shared/corpus and ../shared/real). Every figure is input bytes per
// second of wall time. --docs gives a second such file of typical 5-10 KB
// articles: `docs` times the pipeline over them and adds documents per second
// (items_per_second), the per-document overhead that a 50 MB corpus hides.
//
// The per-stage figures run the internal stage classes in the order the
// Analyzer does (see cpp/src/analyzer.cc): for stage k, each article runs the
// steps before k untimed, then k timed (UseManualTime), so each stage is
// measured on exactly the input it sees in the real pipeline. Tokenizing is its
// own step (Context::tokens() is lazy and would otherwise be charged to the
// first stage that asks for tokens).
#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "entities/entities.h"
#include "parley/analyzer.h"
#include "parley/document.h"
#include "pipeline.h"
#include "quotes/quotes.h"
#include "structure/structure.h"
#include "text/utf8.h"
#include "turns/turns.h"

namespace {

// NUL-separated articles read from one file.
struct Corpus {
  std::string text;
  std::vector<std::string_view> docs;
  std::int64_t bytes = 0;
};

Corpus g_corpus;  // --corpus: the rotation of articles, for MB/s
Corpus g_small;   // --docs: 5-10 KB articles, for documents per second

enum Step { kValidate, kDocument, kStructure, kTokenize, kTurns, kEntities, kQuotes, kFinalize, kToJson, kSteps };
const char* const kStepNames[kSteps] = {"validate_utf8", "document", "structure", "tokenize", "turns",
                                        "entities",      "quotes",   "finalize",  "to_json"};

// The stages as the Analyzer builds them (options first: the stages keep a pointer to it).
struct Stages {
  parley::Options options;
  parley::detail::StructureStage structure{options};
  parley::detail::TurnStage turns{options};
  parley::detail::EntityStage entities{options};
  parley::detail::QuoteStage quotes{options};
};

using Clock = std::chrono::steady_clock;

// Runs the steps 0..timed of one article; returns the seconds spent in step `timed`.
double run_steps(const Stages& s, std::string_view text, int timed) {
  double secs = 0;
  auto step = [&](int k, auto&& fn) {
    if (k > timed) return;
    if (k == timed) {
      auto t0 = Clock::now();
      fn();
      secs = std::chrono::duration<double>(Clock::now() - t0).count();
    } else {
      fn();
    }
  };
  step(kValidate, [&] { parley::detail::validate_utf8(text); });
  if (timed < kDocument) return secs;
  parley::Document doc;
  step(kDocument, [&] { doc = parley::Document{std::string(text)}; });
  parley::detail::Context ctx(doc.text(), s.options, doc);
  step(kStructure, [&] { s.structure.run(ctx); });
  step(kTokenize, [&] { benchmark::DoNotOptimize(ctx.tokens().data()); });
  step(kTurns, [&] { s.turns.run(ctx); });
  step(kEntities, [&] { s.entities.run(ctx); });
  step(kQuotes, [&] { s.quotes.run(ctx); });
  step(kFinalize, [&] { parley::detail::finalize(ctx); });
  step(kToJson, [&] {
    std::string json = doc.to_json();
    benchmark::DoNotOptimize(json.data());
  });
  return secs;
}

void analyze_all(benchmark::State& state, const Corpus& corpus) {
  static const parley::Analyzer analyzer;
  std::size_t found = 0;
  for (auto _ : state) {
    for (auto d : corpus.docs) found += analyzer.analyze(d).paragraphs.size();
  }
  benchmark::DoNotOptimize(found);
  state.SetBytesProcessed(state.iterations() * corpus.bytes);
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(corpus.docs.size()));
}

void BM_Analyze(benchmark::State& state) { analyze_all(state, g_corpus); }
void BM_AnalyzeDocs(benchmark::State& state) { analyze_all(state, g_small); }

void BM_AnalyzeToJson(benchmark::State& state) {
  static const parley::Analyzer analyzer;
  std::size_t out = 0;
  for (auto _ : state) {
    for (auto d : g_corpus.docs) out += analyzer.analyze(d).to_json().size();
  }
  benchmark::DoNotOptimize(out);
  state.SetBytesProcessed(state.iterations() * g_corpus.bytes);
}

void BM_Step(benchmark::State& state) {
  static const Stages stages;
  const int k = static_cast<int>(state.range(0));
  for (auto _ : state) {
    double secs = 0;
    for (auto d : g_corpus.docs) secs += run_steps(stages, d, k);
    state.SetIterationTime(secs);
  }
  state.SetBytesProcessed(state.iterations() * g_corpus.bytes);
  state.SetLabel(kStepNames[k]);
}

bool load_corpus(const std::string& path, Corpus& corpus) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream buf;
  buf << in.rdbuf();
  corpus.text = buf.str();
  std::string_view all(corpus.text);
  std::size_t pos = 0;
  while (pos < all.size()) {
    std::size_t nul = all.find('\0', pos);
    if (nul == std::string_view::npos) nul = all.size();
    if (nul > pos) corpus.docs.push_back(all.substr(pos, nul - pos));
    pos = nul + 1;
  }
  for (auto d : corpus.docs) corpus.bytes += static_cast<std::int64_t>(d.size());
  return !corpus.docs.empty();
}

}  // namespace

int main(int argc, char** argv) {
  std::string corpus, small;
  std::vector<char*> args;
  for (int i = 0; i < argc; ++i) {
    if (std::strncmp(argv[i], "--corpus=", 9) == 0)
      corpus = argv[i] + 9;
    else if (std::strncmp(argv[i], "--docs=", 7) == 0)
      small = argv[i] + 7;
    else
      args.push_back(argv[i]);
  }
  if (corpus.empty() || !load_corpus(corpus, g_corpus) || (!small.empty() && !load_corpus(small, g_small))) {
    std::cerr << "parley_bench: give --corpus=FILE [--docs=FILE] (articles separated by NUL bytes; "
                 "`make bench` makes them)\n";
    return 2;
  }
  std::cerr << "parley_bench: " << g_corpus.docs.size() << " articles, " << g_corpus.bytes / 1e6 << " MB\n";

  benchmark::RegisterBenchmark("pipeline", BM_Analyze)->Unit(benchmark::kMillisecond)->UseRealTime();
  benchmark::RegisterBenchmark("pipeline/threads", BM_Analyze)
      ->Unit(benchmark::kMillisecond)
      ->UseRealTime()
      ->Threads(2);
  if (!g_small.docs.empty())
    benchmark::RegisterBenchmark("docs", BM_AnalyzeDocs)->Unit(benchmark::kMillisecond)->UseRealTime();
  benchmark::RegisterBenchmark("pipeline+to_json", BM_AnalyzeToJson)->Unit(benchmark::kMillisecond)->UseRealTime();
  for (int k = 0; k < kSteps; ++k)
    benchmark::RegisterBenchmark((std::string("stage/") + kStepNames[k]).c_str(), BM_Step)
        ->Arg(k)
        ->Unit(benchmark::kMillisecond)
        ->UseManualTime();

  int n = static_cast<int>(args.size());
  benchmark::Initialize(&n, args.data());
  if (benchmark::ReportUnrecognizedArguments(n, args.data())) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
