#include "quotes/quotes.h"

namespace parley::detail {

QuoteStage::QuoteStage(const Options& options) : options_(&options) {}

void QuoteStage::run(Context& ctx) const { (void)ctx; }

}  // namespace parley::detail
