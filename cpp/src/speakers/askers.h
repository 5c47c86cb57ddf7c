// Askers who name themselves (internal). Runs after link_speakers().
//
// At a press conference the journalists ask under one anonymous label ("Q:", "QUESTION:", or no
// label at all) and say who they are as they start: "Thank you, Governor Halloway. Anna Berg, Nordic
// Times." Each such turn goes to an interviewer speaker of its own, named by the person the
// entity stage found there (the outlet after the name is the speaker's description); the same
// journalist asking again joins the same speaker. An anonymous speaker left with no turn is dropped.
// Linear in paragraphs plus mentions.
#ifndef PARLEY_SRC_SPEAKERS_ASKERS_H_
#define PARLEY_SRC_SPEAKERS_ASKERS_H_

#include "pipeline.h"

namespace parley::detail {

void name_askers(Context& ctx);

// An interviewer known by no name of their own: no label, or a role word ("Q", "Question 2").
bool anonymous_asker(const Speaker& s);

}  // namespace parley::detail

#endif  // PARLEY_SRC_SPEAKERS_ASKERS_H_
