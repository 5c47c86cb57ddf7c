// Entities, issue 13: organisations by the shape of their names and the way the text uses them. Legal forms
// written with full stops or after a comma close a company's name, a spaced ampersand joins one name, a body
// is named by its remit after "on", and a common noun opening a sentence before "of" opens no name.
// Invented names and sentences.
#include <gtest/gtest.h>

#include "entity_spans.h"
#include "parley/analyzer.h"

namespace {

using parley::Document;
using parley::Label;
using parley::testing::any_span;
using parley::testing::has_span;

TEST(EntitiesOrgs, DottedLegalFormsAndACommaBeforeAFormCloseTheName) {
  Document doc = parley::analyze(
      "Investors bought Harwick Trading Co., Ltd. last year.\n"
      "The Dunmore Oil Company, S.A. said output grew, and Quellor Holding B.V. agreed.\n");
  EXPECT_TRUE(has_span(doc, "Harwick Trading Co., Ltd.", Label::kOrg));
  EXPECT_TRUE(has_span(doc, "Dunmore Oil Company, S.A.", Label::kOrg));
  EXPECT_TRUE(has_span(doc, "Quellor Holding B.V.", Label::kOrg));
}

TEST(EntitiesOrgs, ASpacedAmpersandJoinsOneName) {
  Document doc = parley::analyze("Analysts at Quill Research & Partners Inc. and at Brack & Sons disagreed.\n");
  EXPECT_TRUE(has_span(doc, "Quill Research & Partners Inc.", Label::kOrg));
  EXPECT_TRUE(has_span(doc, "Brack & Sons", Label::kOrg));
  EXPECT_FALSE(any_span(doc, "Sons"));
}

TEST(EntitiesOrgs, ABodyNamedByItsRemitAfterOn) {
  Document doc = parley::analyze(
      "The Harwick Committee on Coastal Fisheries met, and the Dunmore Council on Monday voted.\n");
  EXPECT_TRUE(has_span(doc, "Harwick Committee on Coastal Fisheries", Label::kOrg));
  EXPECT_TRUE(has_span(doc, "Dunmore Council", Label::kOrg));
}

TEST(EntitiesOrgs, ACommonNounOpeningASentenceBeforeOfOpensNoName) {
  Document doc = parley::analyze(
      "The shares had been flat for a month.\n"
      "Shares of Harwick Mutual Inc. rose 4% on Tuesday.\n");
  EXPECT_TRUE(has_span(doc, "Harwick Mutual Inc.", Label::kOrg));
  EXPECT_FALSE(any_span(doc, "Shares of Harwick Mutual Inc."));
}

TEST(EntitiesOrgs, HeadWordsOfStateBodiesAndServices) {
  Document doc = parley::analyze(
      "Ships of the Harwick Fleet sailed while the Dunmore Task Force and the Quellor Ship Registry watched.\n");
  EXPECT_TRUE(has_span(doc, "Harwick Fleet", Label::kOrg));
  EXPECT_TRUE(has_span(doc, "Dunmore Task Force", Label::kOrg));
  EXPECT_TRUE(has_span(doc, "Quellor Ship Registry", Label::kOrg));
}

TEST(EntitiesOrgs, ADeterminerBeforeASpeakingRunMakesABody) {
  Document doc = parley::analyze("Fees will rise next year, the Quellor Ship Auditors said on Monday.\n");
  EXPECT_TRUE(has_span(doc, "Quellor Ship Auditors", Label::kOrg));
  EXPECT_FALSE(has_span(doc, "Quellor Ship Auditors", Label::kPerson));
}

TEST(EntitiesOrgs, AKindOfBodyAfterADeterminerAndAName) {
  Document doc = parley::analyze(
      "A poll by the Vantor sociological group showed support falling.\n"
      "Engineers upgraded the Zirca network, and zirca fees fell.\n");
  EXPECT_TRUE(has_span(doc, "Vantor", Label::kOrg));
  EXPECT_FALSE(has_span(doc, "Zirca", Label::kOrg));
}

TEST(EntitiesOrgs, AHeadlinesSegmentsAfterADashNameTheOutlet) {
  Document doc = parley::analyze(
      "HDN - Harbour Fees Rise Again - Quellor Morning - Vantor Online\n"
      "Harbour fees rose again on Monday, officials said.\n");
  EXPECT_TRUE(has_span(doc, "Quellor Morning", Label::kOrg));
  EXPECT_TRUE(has_span(doc, "Vantor Online", Label::kOrg));
  EXPECT_TRUE(has_span(doc, "HDN", Label::kOrg));
}

TEST(EntitiesOrgs, ASourceTheTextReportsFromIsABody) {
  Document doc = parley::analyze(
      "\"We will not pay,\" the minister told Quellorvesti on Monday.\n"
      "In an interview with Zirconews, the governor said the plan would work.\n"
      "The ban will last a year, reports Harbinpress.\n"
      "Marta Quell spoke first. Later the envoy told Quell that talks would go on.\n");
  EXPECT_TRUE(has_span(doc, "Quellorvesti", Label::kOrg));
  EXPECT_TRUE(has_span(doc, "Zirconews", Label::kOrg));
  EXPECT_TRUE(has_span(doc, "Harbinpress", Label::kOrg));
  EXPECT_FALSE(has_span(doc, "Quell", Label::kOrg));
}

TEST(EntitiesOrgs, ANameWithOneDomainEndingIsASite) {
  Document doc = parley::analyze(
      "The figures were quoted by Vantor.ua on Monday, and the full text is in Report.pdf, an English.news.cn "
      "page said.\n");
  EXPECT_TRUE(has_span(doc, "Vantor.ua", Label::kOrg));
  EXPECT_FALSE(any_span(doc, "Report.pdf"));
  EXPECT_FALSE(any_span(doc, "English.news.cn"));
}

TEST(EntitiesOrgs, AndInsideABodysOfChainBeforeItsHeadWord) {
  Document doc = parley::analyze(
      "Delegates of the Harwick Federation of Supply and Marketing Cooperatives Council met in Dunmore.\n");
  EXPECT_TRUE(has_span(doc, "Harwick Federation of Supply and Marketing Cooperatives Council", Label::kOrg));
  EXPECT_FALSE(any_span(doc, "Harwick Federation of Supply"));
}

TEST(EntitiesOrgs, ASpeakingWordInCamelCaseIsABrand) {
  Document doc = parley::analyze(
      "SnapTrail said on Monday that it would cut fees.\n"
      "McQuarrel said the cut came too late.\n");
  EXPECT_TRUE(has_span(doc, "SnapTrail", Label::kOrg));
  EXPECT_TRUE(has_span(doc, "McQuarrel", Label::kPerson));
}

TEST(EntitiesOrgs, AnAppositionOrAPostNamesABody) {
  Document doc = parley::analyze(
      "Rates will fall, said Quellor Harbor, a Dunmore-based private equity and investment research firm.\n"
      "Tom Brack, a member of the group, agreed. He was a lead editor at Quellworld for years.\n"
      "Anna Berg, a spokeswoman for Zentrolix, declined to comment.\n");
  EXPECT_TRUE(has_span(doc, "Quellor Harbor", Label::kOrg));
  EXPECT_TRUE(has_span(doc, "Tom Brack", Label::kPerson));
  EXPECT_TRUE(has_span(doc, "Quellworld", Label::kOrg));
  EXPECT_TRUE(has_span(doc, "Zentrolix", Label::kOrg));
}

TEST(EntitiesOrgs, ATitlesPossessiveBeforeAHeadWordStaysInTheBody) {
  Document doc = parley::analyze("The Prosecutor General's Office opened a case on Monday.\n");
  EXPECT_TRUE(has_span(doc, "Prosecutor General's Office", Label::kOrg));
}

TEST(EntitiesOrgs, AFirmsNounBeforeOfNamesTheFirm) {
  Document doc = parley::analyze(
      "Shares of Vantorwork fell on Monday, and employees of Quellor Mutual were told to wait.\n");
  EXPECT_TRUE(has_span(doc, "Vantorwork", Label::kOrg));
  EXPECT_TRUE(has_span(doc, "Quellor Mutual", Label::kOrg));
}

TEST(EntitiesOrgs, ADocumentsHeadWordBeforeOfNamesADocumentNotABody) {
  Document doc = parley::analyze(
      "Both sides signed the Harwick Joint Plan of Recovery (HJPR) in 2015, and the HJPR held. The CMO agreed.\n");
  EXPECT_TRUE(has_span(doc, "Harwick Joint Plan of Recovery", Label::kLaw));
  EXPECT_FALSE(has_span(doc, "HJPR", Label::kOrg));
  EXPECT_FALSE(has_span(doc, "Recovery", Label::kOrg));
  EXPECT_FALSE(any_span(doc, "CMO"));
}

TEST(EntitiesOrgs, AHeadWordAloneIsTheBodyWhoseOwnHeadItIs) {
  Document doc = parley::analyze(
      "The Harbour Party of Norland met the Party Central Committee on Monday.\n"
      "Delegates said that the Party would grow.\n");
  EXPECT_TRUE(has_span(doc, "Party", Label::kOrg));
}

TEST(EntitiesOrgs, AShortNameDeclaredInBracketsIsTheBody) {
  Document doc = parley::analyze(
      "On Monday, Harwick Consumer Finance Co., Ltd. (hereinafter referred to as \"Harwick Credit\") issued a "
      "notice.\n"
      "Harwick Credit said it would grow.\n");
  EXPECT_TRUE(has_span(doc, "Harwick Credit", Label::kOrg));
  EXPECT_FALSE(has_span(doc, "Harwick Credit", Label::kPerson));
  const parley::Entity* e = parley::testing::entity_of(doc, "Harwick Credit");
  EXPECT_TRUE(e != nullptr && e == parley::testing::entity_of(doc, "Harwick Consumer Finance Co., Ltd."));
}

TEST(EntitiesOrgs, APersonsAffiliationIsABody) {
  Document doc = parley::analyze(
      "Hi, Tom Brack from Vantor Markets. Thank you.\n"
      "Anna Berg, Dunmore Wire.\n"
      "Later Ines Marlow with Quellor Partners asked about rates, and the envoy met Zheng Lipeng from the "
      "Ming court.\n");
  EXPECT_TRUE(has_span(doc, "Vantor Markets", Label::kOrg));
  EXPECT_TRUE(has_span(doc, "Dunmore Wire", Label::kOrg));
  EXPECT_TRUE(has_span(doc, "Quellor Partners", Label::kOrg));
  EXPECT_FALSE(has_span(doc, "Ming", Label::kOrg));
}

TEST(EntitiesOrgs, AHeadWordQualifyingCommonNounsNamesNoBody) {
  Document doc = parley::analyze(
      "The Harbour Force Survey showed more jobs; the survey is published monthly.\n"
      "Harbour Force Partners said it would hire.\n");
  EXPECT_FALSE(any_span(doc, "Harbour Force Survey"));
  EXPECT_TRUE(has_span(doc, "Harbour Force Partners", Label::kOrg));
}

TEST(EntitiesOrgs, WorkAtABodyAndAPostOfABodyNameIt) {
  Document doc = parley::analyze(
      "She worked at Quellworld for years, and the founder of Vantorix, Tom Brack, met the governor of "
      "Lyudinovka. The method works for QX2 too.\n");
  EXPECT_TRUE(has_span(doc, "Quellworld", Label::kOrg));
  EXPECT_TRUE(has_span(doc, "Vantorix", Label::kOrg));
  EXPECT_FALSE(has_span(doc, "Lyudinovka", Label::kOrg));
  EXPECT_FALSE(has_span(doc, "QX2", Label::kOrg));
}

TEST(EntitiesOrgs, TheBodyATitleIsOfIsABody) {
  Document doc = parley::analyze(
      "Director of the Harwick Security Service Anna Berg spoke, and so did Secretary of Roads & Harbour "
      "Services Tom Brack and Minister of Coastal Affairs Ines Marlow.\n");
  EXPECT_TRUE(has_span(doc, "Harwick Security Service", Label::kOrg));
  EXPECT_TRUE(has_span(doc, "Roads & Harbour Services", Label::kOrg));
  EXPECT_FALSE(any_span(doc, "Coastal Affairs"));
  EXPECT_TRUE(has_span(doc, "Ines Marlow", Label::kPerson));
  EXPECT_FALSE(any_span(doc, "Coastal Affairs Ines Marlow"));
  EXPECT_TRUE(has_span(doc, "Anna Berg", Label::kPerson));
  EXPECT_TRUE(has_span(doc, "Tom Brack", Label::kPerson));
}

TEST(EntitiesOrgs, APlaceAndANumberAreABroadcasterWhenUsedAsOne) {
  Document doc = parley::analyze(
      "The doctor told Lisbon 24 that cases fell. Later the Porto 12 channel agreed. In Lisbon 24 people "
      "were ill.\n");
  EXPECT_TRUE(has_span(doc, "Lisbon 24", Label::kOrg));
  EXPECT_TRUE(has_span(doc, "Porto 12", Label::kOrg));
  EXPECT_TRUE(has_span(doc, "Lisbon", Label::kGpe));
}

TEST(EntitiesOrgs, AnAssociationNamedByItsMembersAndTheirPlace) {
  Document doc = parley::analyze(
      "A statement from the non-profit Crime Watchers of Lisbon said so. Anna Berg of Lisbon agreed.\n");
  EXPECT_TRUE(has_span(doc, "Crime Watchers of Lisbon", Label::kOrg));
  EXPECT_TRUE(has_span(doc, "Anna Berg", Label::kPerson));
  EXPECT_FALSE(any_span(doc, "Anna Berg of Lisbon"));
}

TEST(EntitiesOrgs, ABodyInAHeadlineIsBoundedByItsHeadWord) {
  Document doc = parley::analyze(
      "The Future Of Research Funding Looks Bleak\n"
      "Funding for research fell again this year, the Harwick Daily reported on Monday.\n");
  EXPECT_FALSE(any_span(doc, "Future Of Research Funding Looks Bleak"));
  EXPECT_FALSE(has_span(doc, "Research", Label::kOrg));
  Document doc2 = parley::analyze(
      "Harwick Daily Names New Editor After Long Search\n"
      "The paper said on Monday that its new editor starts in May.\n");
  EXPECT_TRUE(has_span(doc2, "Harwick Daily", Label::kOrg));
  EXPECT_FALSE(any_span(doc2, "Harwick Daily Names New Editor After Long Search"));
}

TEST(EntitiesOrgs, AClosingHeadWordHeadsABodyOnlyAtItsEnd) {
  Document doc = parley::analyze(
      "Quellor International said the law was unjust, and the Harwick Institution agreed. International "
      "Relations experts were silent; relations between the two are poor.\n");
  EXPECT_TRUE(has_span(doc, "Quellor International", Label::kOrg));
  EXPECT_TRUE(has_span(doc, "Harwick Institution", Label::kOrg));
  EXPECT_FALSE(any_span(doc, "International Relations"));
}

TEST(EntitiesOrgs, ThePostABodyIsTheOfficeOfStaysInItsName) {
  Document doc = parley::analyze(
      "The Office of the Prime Minister said so, and Central Bank Governors met; PMC Harwick denied it.\n");
  EXPECT_TRUE(has_span(doc, "Office of the Prime Minister", Label::kOrg));
  EXPECT_TRUE(has_span(doc, "Central Bank", Label::kOrg));
  EXPECT_FALSE(any_span(doc, "Central Bank Governors"));
  EXPECT_TRUE(has_span(doc, "PMC Harwick", Label::kOrg));
}

TEST(EntitiesOrgs, APostInABodyAfterAPossessiveNamesTheBody) {
  Document doc = parley::analyze("Vantorix's founder left on Monday, and Quellor's CEO said so.\n");
  EXPECT_TRUE(has_span(doc, "Vantorix", Label::kOrg));
  EXPECT_TRUE(has_span(doc, "Quellor", Label::kOrg));
}

TEST(EntitiesOrgs, ASiteSectionAfterAHeadlinesDashIsNoOutlet) {
  Document doc = parley::analyze(
      "Harbour Fees Rise Again - Opinion - Vantor Online\n"
      "In my opinion, harbour fees rose again on Monday, officials said.\n");
  EXPECT_TRUE(has_span(doc, "Vantor Online", Label::kOrg));
  EXPECT_FALSE(any_span(doc, "Opinion"));
}

TEST(EntitiesOrgs, AFaithsChurchIsADenomination) {
  Document doc = parley::analyze(
      "The Harwick Orthodox Church and the Catholic Church disagreed, and the Western Bridge was closed.\n");
  EXPECT_TRUE(has_span(doc, "Harwick Orthodox Church", Label::kOrg));
  EXPECT_TRUE(has_span(doc, "Catholic Church", Label::kOrg));
  EXPECT_TRUE(has_span(doc, "Western Bridge", Label::kFac));
}

}  // namespace
