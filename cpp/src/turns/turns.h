// The turns stage (internal). See pipeline.h for how stages fit together.
//
// Fills, in byte offsets:
//  - doc.speakers: one per distinct speaker {id "S1".., role, name, labels, description};
//    labels are the prefix forms seen ("KENNY MALONE, HOST", "MALONE") plus forms an intro
//    declares ("Special Military Operation", "SP"); a speaker known only from dashes or from
//    unmarked paragraphs has no labels and is named after the declared guest/interviewer, or
//    "Guest" / "Interviewer" when nothing names them.
//  - doc.paragraphs[i].speaker and kind question (interviewer side) / answer (guest side) for
//    turn paragraphs, kind caption for photo captions ("Standing firm: Cameron poses with ...").
//  - doc.turns: maximal runs of one speaker's paragraphs. Stage directions, clutter, captions,
//    notes ("Note: ...") and pull quotes in between neither belong to a turn nor end it;
//    narration and separators end it. reply_to is the latest interviewer turn before a guest's
//    turn (since the last narration), else -1.
//  - ctx.markers (resized to the paragraphs): the marker of each turn paragraph ("Vladimir
//    Putin: ", "— ", "Q. "), an empty range at the paragraph start otherwise.
//  - doc.meta.guests: the description an intro sentence gives is written into the matching
//    guest (the guest is added when the header named none).
//
// Decisions worth knowing:
//  - A pull quote (a paragraph that opens with a quote mark and repeats the opening of a
//    sentence printed elsewhere, as in Kremlin transcripts) has no speaker and does not end
//    the turn around it.
//  - "Label:" is a speaker only on evidence: a role word (Q, Question, Answer, Host,
//    Response, ...), a role suffix (", HOST"), a declared name (header guest, intro, byline
//    author, Options labels), ALL CAPS or a name that recurs, or a one-off name inside an
//    interview. Notes, headings and sentence-case one-offs are not ("Note:", "Why it matters:").
//  - Dashes are turn markers only in an interview (labels elsewhere, dash questions, an intro,
//    dash dialogue); dash quotations in news ("— ..., — said Peskov.", "He said:" + "— ...")
//    and bulleted lists are not.
//  - A subtitle that opens with a speaker's label is taken back as the first turn.
//  - Intros: "X asked A, ..., and B, ...:" declares every guest; "Y is more cautious:" before a dash
//    hands the floor to the next answer (and to Y when Y is a declared guest); a sentence ending with
//    a point right before the first question is an intro too ("Мы поговорили об этом с X, ...");
//    Russian names after "с" are put back into the nominative.
//  - Narration inside and after the interview: a section heading between turns, a paragraph opening
//    with the presented guest's name, and the article's last paragraph when it neither speaks in the
//    first or second person nor goes on with a connective (a bare named transcript keeps it).
//  - An anonymous guest ("— ...", "A.", unprefixed) takes the name of the person the narration
//    presents before the interview, on evidence (headline, addressed by first name, spoken of later).
//  - A moderator who hands the floor to "Question:" askers is on the interviewer side; a briefing's
//    unlabelled opening statement (from its greeting) is the answering speaker's; voices inside a
//    "(BEGIN VIDEOTAPE)" ... "(END VIDEOTAPE)" clip take no turn.
#ifndef PARLEY_SRC_TURNS_TURNS_H_
#define PARLEY_SRC_TURNS_TURNS_H_

#include "parley/analyzer.h"
#include "pipeline.h"

namespace parley::detail {

class TurnStage {
 public:
  explicit TurnStage(const Options& options);
  // Thread-safe: keeps no state between calls. Linear in the text.
  void run(Context& ctx) const;

 private:
  const Options* options_;
};

}  // namespace parley::detail

#endif  // PARLEY_SRC_TURNS_TURNS_H_
