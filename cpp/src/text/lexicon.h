// The shared lexicon (internal): the word classes that more than one stage asks about — honorifics,
// abbreviations with a full stop, month and weekday names, speech verbs — each word listed once, in
// its written form, with every class it has (text/lexicon.cc). The tokenizer and every stage ask this
// table for a class; none keeps a private copy.
//
// Where the stages' lists differed when they were brought here, the difference is kept as classes of
// its own (kQuoteHonorific beside kHonorific, kStopAbbrev beside kSentenceAbbrev, kIntroTitle and
// kLabelTitle), so that behaviour did not change; merging them is a change of behaviour of its own.
#ifndef PARLEY_SRC_TEXT_LEXICON_H_
#define PARLEY_SRC_TEXT_LEXICON_H_

#include <cstdint>
#include <span>
#include <string_view>

namespace parley::detail::lexicon {

enum WordClass : std::uint32_t {
  // Words before a name.
  kHonorific = 1u << 0,       // a name follows and is a person's: "Mr", "Dame" (the entities stage)
  kQuoteHonorific = 1u << 1,  // an honorific before a cue's subject: "Mr", "Sheikh" (the quotes stage)
  kMale = 1u << 2,            // the honorific names a man: "Mr", "Herr"
  kFemale = 1u << 3,          // a woman: "Ms", "Madame"
  kIntroTitle = 1u << 4,      // a title before a name in an interview's intro (turns/intro.cc)
  kLabelTitle = 1u << 5,      // a title before a name in a speaker label (turns/turns.cc)
  kIntroRole = 1u << 15,      // a title or profession, lower case, before a name in an intro (turns/intro.cc)
  kLabelRole = 1u << 16,      // a title or profession, lower case, before a name in a label (turns/turns.cc)
  // Abbreviations whose full stop does not end the sentence.
  kStopAbbrev = 1u << 6,      // read by the tokenizer (case-blind)
  kSentenceAbbrev = 1u << 7,  // read by the quotes stage's sentence splitter (as written)
  // Calendar words.
  kMonth = 1u << 8,      // value: 1..12 ("January", "Jan", "Sept")
  kMonthName = 1u << 9,  // the month's full name
  kWeekday = 1u << 10,   // value: 0 = Monday .. 6
  // Speech verbs.
  kReporting = 1u << 11,  // a reporting verb that cues a quotation: "said", "told", "wrote"
  kCognition = 1u << 12,  // a verb of thought that cues a weaker one: "believes", "thought"
  kNameCue = 1u << 13,    // a capitalised run next to it is someone speaking (the entities stage)
  kStatementHead = 1u << 14,  // a heading over a speaker's set text: "Prepared remarks", "Opening statement"
};

struct Word {
  std::string_view text;  // as written: "Mr", "January", "e.g", "said"
  std::uint32_t classes;
  std::uint32_t value;
};

// Every word of the lexicon, in table order.
std::span<const Word> words();

// The classes of `word` spelled exactly so ("Mr", not "MR"); 0 when it is not in the lexicon.
std::uint32_t classes_as_written(std::string_view word);
// The classes of `word` with ASCII letters compared case-blind ("mr", "MR", "Mr").
std::uint32_t classes_folded(std::string_view word);

}  // namespace parley::detail::lexicon

#endif  // PARLEY_SRC_TEXT_LEXICON_H_
