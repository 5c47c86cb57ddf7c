// Curated word classes and phrase tables for the entities stage (internal).
#ifndef PARLEY_SRC_ENTITIES_LEXICON_H_
#define PARLEY_SRC_ENTITIES_LEXICON_H_

#include <cstdint>
#include <string_view>

namespace parley::detail::lex {

// Word classes, matched case-insensitively on one token.
// The value of a kGivenName word that is a family name leading Chinese, Korean and Vietnamese names.
constexpr std::uint32_t kFamilyFirst = 1;
// The value of a kOrgHead word that is a company's legal form ("Inc", "Ltd", "GmbH").
constexpr std::uint32_t kLegalForm = 1;
// kOrgHead words of one body either way: "Ministry of Health", "Department of Health" (the value).
constexpr std::uint32_t kMinistryHead = 2;
// kOrgHead words of a body named by its remit after "on": "Committee on Foreign Relations" (the value).
constexpr std::uint32_t kRemitHead = 3;
// kOrgHead words that head a body's name only as its last word: "Amnesty International" ("International
// Relations" is a field of study) (the value).
constexpr std::uint32_t kClosingHead = 4;
// The value of a kFacHead word that names a faith's body when a faith's name comes before it ("Catholic
// Church" is a denomination; "Lakewood Church" a building).
constexpr std::uint32_t kFaithBody = 1;

enum WordClass : std::uint32_t {
  kStop = 1u << 0,        // function/common words that open sentences ("However", "The")
  kTitle = 1u << 1,       // person titles and roles ("President", "minister", "secretary")
  kTitleMod = 1u << 2,    // words that qualify a title ("Foreign", "Deputy", "presidential")
  kOrgHead = 1u << 3,     // organisation head-words ("Ministry", "University", "Times")
  kConnector = 1u << 4,   // inner words of names ("of", "the", "de", "von", "bin")
  kSpeech = 1u << 5,      // speech verbs ("said", "told", "wrote")
  kGivenName = 1u << 6,   // common given names (value kFamilyFirst: a family name that leads the name)
  kMonth = 1u << 7,       // value: 1..12
  kWeekday = 1u << 8,     // value: 0 = Monday .. 6
  kNumberWord = 1u << 9,  // value: the number ("twelve" = 12, "million" = 1e6 as magnitude)
  kMagnitude = 1u << 10,  // hundred, thousand, million, billion, trillion (and plurals)
  kOrdinal = 1u << 11,    // first, second, ...
  kCurrency = 1u << 12,   // dollars, euros, rubles ...
  kDateUnit = 1u << 13,   // day(s), week(s), month(s), year(s), decade(s)
  kTimeUnit = 1u << 14,   // hour(s), minute(s), second(s)
  kApprox = 1u << 15,     // over, about, nearly, almost, around
  kDatePrep = 1u << 16,   // in, on, since, until, by, from, during, before, after
  kDateMod = 1u << 17,    // early, late, mid
  kRelative = 1u << 18,   // this, last, next, past, coming, each
  kHonorific = 1u << 19,  // Mr, Mrs, Ms, Dr, Sir, Lord
  kRoleLabel = 1u << 20,  // generic speaker labels ("Question", "Host", "Response")
  kPronounish = 1u << 21, // words never part of a name at all ("I", "We")
  // (bits 22-24 and 28 are used inside entities/candidates.h)
  kEventHead = 1u << 25,  // forum, summit, conference, festival, games ...
  kFacHead = 1u << 27,    // airport, bridge, stadium, casino ... (last word of a facility's name)
  kLawHead = 1u << 26,    // act, treaty, accord, plan, charter ... (last word of a document's name)
  kGeoHead = 1u << 29,    // region, oblast, county, province ... (last word of a GPE; value 1: also lower case)
  kLocHead = 1u << 30,    // river, sea, coast, lake ... (value bit 1: last word, bit 2: first word of a LOC)
  kUnit = 1u << 31,       // kilometres, tonnes, acres, barrels ... (a figure before it is a QUANTITY)
};

struct WordEntry {
  const char* word;
  std::uint32_t classes;
  std::uint32_t value;
};
extern const WordEntry kWords[];
extern const std::size_t kWordCount;
// The classes of one word, any case ("Times" -> kOrgHead, "minister" -> kTitle); 0 for a word not listed.
// Built once from kWords; for stages that ask about a single word outside the entity tokenizer.
std::uint32_t classes_of(std::string_view word);

// Phrases: surface, label name ("ORG", "NORP", ...), canonical ("" = itself),
// extra (for NORP: the country it refers to).
struct Phrase {
  const char* text;
  const char* label;
  const char* canonical;
};
extern const Phrase kPhrases[];
extern const std::size_t kPhraseCount;
extern const Phrase kGeo[];  // generated (data/geo.inc)
extern const std::size_t kGeoCount;

// Nationality adjective -> country ("Russian" -> "Russia").
struct Demonym {
  const char* adjective;
  const char* country;
};
extern const Demonym kDemonyms[];
extern const std::size_t kDemonymCount;

// Spelling variants grouped under one name ("Kiev" -> "Kyiv").
extern const Demonym kAliases[];
extern const std::size_t kAliasCount;

// Collective nouns whose possessive stays inside a body's name ("People's Bank of China").
extern const char* const kCollectiveOwners[];
extern const std::size_t kCollectiveOwnerCount;

// Acronyms that name no body ("GDP", "COVID", "UAV", "CEO"), lower case.
extern const char* const kCommonAcronyms[];
extern const std::size_t kCommonAcronymCount;

// Compass words before a nationality ("Eastern European"), lower case.
extern const char* const kCompassWords[];
extern const std::size_t kCompassWordCount;

// Prepositions that, capitalised inside a run, mark headline case ("Fund For Peace"), lower case.
extern const char* const kCapPrepositions[];
extern const std::size_t kCapPrepositionCount;

// Words after a hyphen that hold no name syllables ("Russia-led", "Kremlin-run"), lower case.
extern const char* const kHyphenSuffixes[];
extern const std::size_t kHyphenSuffixCount;

// Arabic particles of names ("al", "bin", "abu"), lower case.
extern const char* const kArabicParticles[];
extern const std::size_t kArabicParticleCount;

// Particles inside personal names ("von der Leyen", "da Silva"), lower case.
extern const char* const kNameParticles[];
extern const std::size_t kNameParticleCount;

// Third-person singular pronouns that point back to a person ("he", "her"), lower case.
extern const char* const kPersonalPronouns[];
extern const std::size_t kPersonalPronounCount;

// Common nouns for a kind of organisation before its name ("the agency, Rosavtodor"), lower case.
extern const char* const kOrgKindNouns[];
extern const std::size_t kOrgKindNounCount;

// Nouns after a one-word name that make it a firm ("Samsung employees"), lower case.
extern const char* const kOrgAfterNouns[];
extern const std::size_t kOrgAfterNounCount;

// A firm's products and outlets after its name ("the Quillo app"), lower case.
extern const char* const kOrgProductNouns[];
extern const std::size_t kOrgProductNounCount;

// Words right before a source the text reports from ("according to", "told", "quoted by"), lower case:
// one or two words each (body_evidence.cc).
extern const char* const kSourceCues[];
extern const std::size_t kSourceCueCount;

// Prefixes of family names written with an inner capital ("McLeod", "MacKay", "DeLuca", "LaSalle"), lower
// case: such a word is no brand in camel case (body_evidence.cc).
extern const char* const kSurnamePrefixes[];
extern const std::size_t kSurnamePrefixCount;

// Words that declare a short name in brackets after a body's full name ("hereinafter referred to as"),
// lower case (abbreviations.cc).
extern const char* const kAliasCues[];
extern const std::size_t kAliasCueCount;

// Posts held in a body, read before "of" and its name ("the founder of Vantor", "chief executive of
// Quellor"), and verbs of working read before "at" ("worked at Quellworld"), lower case
// (body_evidence.cc).
extern const char* const kBodyPosts[];
extern const std::size_t kBodyPostCount;
extern const char* const kWorkVerbs[];
extern const std::size_t kWorkVerbCount;

// Time zones: phrase -> standard UTC offset in minutes, and whether it follows US
// (1) or EU (2) daylight saving rules (0 = none).
struct Zone {
  const char* text;
  int offset_minutes;
  int dst;
};
extern const Zone kZones[];
extern const std::size_t kZoneCount;

// Given names of one gender: 'm' or 'f'. Curated names (Slavic, Arabic, European... as news in English
// spells them) come first and win over the generated census list (data/given_name_genders.inc).
struct NameGender {
  const char* name;
  char gender;
};
extern const NameGender kNameGenders[];
extern const std::size_t kNameGenderCount;

}  // namespace parley::detail::lex

#endif  // PARLEY_SRC_ENTITIES_LEXICON_H_
