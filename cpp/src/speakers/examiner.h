// Examiners a heading names (internal). Runs after the turns stage, before link_speakers().
//
// A hearing transcript opens each examination with a heading that names who asks: "Questions from
// Counsel to the Panel", "Examination by Mr Dale". The first labelled turn after such a heading is
// the examiner's, whatever their label ("Ms Okafor:"), so that speaker asks (interviewer side,
// its paragraphs questions), and a later label made only of the heading's words ("Counsel Panel:")
// is the same person: its turns go to that speaker and the label joins its labels. The witness is the
// first other speaker after the examiner; every other labelled speaker of the hearing asks too (the
// chair, the panel's members).
// Linear in paragraphs plus turns plus speakers (at most kMaxExaminations headings are read).
#ifndef PARLEY_SRC_SPEAKERS_EXAMINER_H_
#define PARLEY_SRC_SPEAKERS_EXAMINER_H_

#include "pipeline.h"

namespace parley::detail {

void name_examiners(Context& ctx);

}  // namespace parley::detail

#endif  // PARLEY_SRC_SPEAKERS_EXAMINER_H_
