#include "entities/entities.h"

namespace parley::detail {

EntityStage::EntityStage(const Options& options) : options_(&options) {}

void EntityStage::run(Context& ctx) const { (void)ctx; }

}  // namespace parley::detail
