#include "turns/turns.h"

namespace parley::detail {

TurnStage::TurnStage(const Options& options) : options_(&options) {}

void TurnStage::run(Context& ctx) const { (void)ctx; }

}  // namespace parley::detail
