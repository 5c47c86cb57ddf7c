#include "parley/analyzer.h"

#include <utility>

#include "entities/entities.h"
#include "pipeline.h"
#include "quotes/quotes.h"
#include "speakers/addressed.h"
#include "speakers/askers.h"
#include "speakers/examiner.h"
#include "speakers/link.h"
#include "structure/structure.h"
#include "text/utf8.h"
#include "turns/turns.h"

namespace parley {

struct Analyzer::Impl {
  explicit Impl(Options o)
      : options(std::move(o)), structure(options), turns(options), entities(options), quotes(options) {}
  Options options;
  detail::StructureStage structure;
  detail::TurnStage turns;
  detail::EntityStage entities;
  detail::QuoteStage quotes;
};

Analyzer::Analyzer() : Analyzer(Options{}) {}
Analyzer::Analyzer(Options options) : impl_(std::make_unique<Impl>(std::move(options))) {}
Analyzer::~Analyzer() = default;
Analyzer::Analyzer(Analyzer&&) noexcept = default;
Analyzer& Analyzer::operator=(Analyzer&&) noexcept = default;

const Options& Analyzer::options() const noexcept { return impl_->options; }

Document Analyzer::analyze(std::string_view utf8) const { return analyze_owned(std::string(utf8)); }

Document Analyzer::analyze_owned(std::string utf8) const {
  detail::validate_utf8(utf8);
  Document doc{std::move(utf8)};
  detail::Context ctx(doc.text(), impl_->options, doc);
  impl_->structure.run(ctx);
  mark_provenance(doc.meta, "text");
  if (impl_->options.turns) {
    impl_->turns.run(ctx);
    detail::name_examiners(ctx);
  }
  if (impl_->options.entities) impl_->entities.run(ctx);
  if (impl_->options.turns && impl_->options.entities) {
    detail::link_speakers(ctx);
    detail::name_askers(ctx);
    detail::name_addressed_askers(ctx);
  }
  if (impl_->options.quotes) impl_->quotes.run(ctx);
  detail::finalize(ctx);
  return doc;
}

Document analyze(std::string_view utf8) {
  static const Analyzer* analyzer = new Analyzer();
  return analyzer->analyze(utf8);
}

}  // namespace parley
