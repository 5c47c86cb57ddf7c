// Speakers linked to the entities they are (internal). Runs after the entity stage.
//
// The turns stage names a speaker by its label ("Secretary Whitlock", "MS. WHITLOCK", "WHITLOCK"); the
// entity stage knows the people the article names in full ("Dana Whitlock").
// link_speakers() gives each labelled speaker the name of the one entity its label stands for: the
// longest word suffix of the label that names exactly one PERSON ("Secretary Whitlock" -> Dana
// Whitlock), else a one-word label that is one person's given name ("Piet:" -> Piet Vandersloot), else
// capital initials of one person or body ("KG:" -> Kate Grummond, "CH:" -> Coastal Herald). Two entities
// sharing the key leave the label as it is. An interviewer known only as "Q:"/"Interviewer" takes
// the name of the person or outlet the intro says is interviewing ("X spoke with Y"), else of the
// outlet the title or intro names as the one asked ("Interview to X", "Y told X"), else (when one
// speaker answers: at a briefing the press asks) of the
// article's one author; the one anonymous guest ("A:", unlabelled answers) the one
// person the headline and dek name, else the one the narration before the first turn names.
// Answering speakers who are named people join meta.guests.
// Linear in speakers plus entities.
#ifndef PARLEY_SRC_SPEAKERS_LINK_H_
#define PARLEY_SRC_SPEAKERS_LINK_H_

#include "pipeline.h"

namespace parley::detail {

void link_speakers(Context& ctx);

}  // namespace parley::detail

#endif  // PARLEY_SRC_SPEAKERS_LINK_H_
