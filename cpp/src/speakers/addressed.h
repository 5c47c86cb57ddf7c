// Askers the answer addresses by name (internal). Runs after name_askers().
//
// "As I told you, Tom, the budget decides.": an answer that addresses the asker by a given name
// between commas names the anonymous asker ("Q", "QUESTION", no label) it answers. At a briefing the
// name goes to the questions of that exchange: the anonymous questions just before the answer, back
// over the exchanges the same speaker answered; each such name is an interviewer speaker of its own.
// In an interview with one guest, the one anonymous asker takes the name.
// Linear in turns plus the answers' text.
#ifndef PARLEY_SRC_SPEAKERS_ADDRESSED_H_
#define PARLEY_SRC_SPEAKERS_ADDRESSED_H_

#include "pipeline.h"

namespace parley::detail {

void name_addressed_askers(Context& ctx);

}  // namespace parley::detail

#endif  // PARLEY_SRC_SPEAKERS_ADDRESSED_H_
