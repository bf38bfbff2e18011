/**
 * Ways of saying that a post is one's personal opinion, not the employer's (hand-kept from common Dutch
 * and English social-media disclaimers, including Postwacht's own inserted sentences). Phrase syntax as in
 * affiliation-cues.ts; `~word` tolerates a typo, so "persoonlijke tittel" still counts.
 */

export interface DisclaimerPhrase {
  phrase: string;
  /** The word before the phrase must not be one of these ("jullie persoonlijke mening", "your personal view"). */
  notAfter?: readonly string[];
}

const OTHERS = [
  'jullie',
  'je',
  'jouw',
  'uw',
  'ieders',
  'hun',
  'haar',
  'zijn',
  'iemands',
  'andermans',
  'your',
  'their',
  'his',
  'her',
  "everyone's",
  "someone's",
  'wat',
  'what',
];

export const DISCLAIMER_PHRASES: readonly DisclaimerPhrase[] = [
  // Dutch
  { phrase: 'op|in|uit ~persoonlijke|eigen|privé|prive ~titel' },
  { phrase: '~persoonlijke ~titel' },
  {
    phrase:
      '~persoonlijke|privé|prive ~mening|meningen|~standpunt|visie|opvatting|opvattingen|reflectie|overtuiging',
    notAfter: OTHERS,
  },
  { phrase: 'privémening|privemening|privé-mening|prive-mening|privé-opvatting' },
  {
    phrase:
      "mijn|m'n|mn eigen|~persoonlijke ~mening|meningen|visie|~standpunt|opvatting|gedachten|kijk|reflectie",
  },
  { phrase: "mijn|m'n|mn eigen|~persoonlijke ervaring|ervaringen en|& ~mening|visie" },
  { phrase: "dit|dat|het is|zijn|blijft _2 mijn|m'n ~mening|visie" },
  { phrase: '~mening|meningen|~standpunt|visie _2 privé|prive|persoonlijk|eigen' },
  { phrase: 'mening|meningen|visie _4 is|zijn|van van? mezelf|mijzelf' },
  { phrase: 'niet|nadrukkelijk|uitdrukkelijk namens' },
  { phrase: 'namens mezelf|mijzelf|mij' },
  { phrase: 'spreek|praat|schrijf|post _2 voor|namens mezelf|mijzelf' },
  {
    phrase:
      'niet|geen het|de|een? officieel|officiële|officiele? ~standpunt|standpunten|visie|mening|opvatting|stellingname van|vanuit|namens',
    // "Ik deel niet de mening van de minister" disagrees with someone; it is no disclaimer.
    notAfter: [
      'deel',
      'delen',
      'deelt',
      'volg',
      'volgen',
      'snap',
      'begrijp',
      'respecteer',
      'steun',
      'steunen',
    ],
  },
  { phrase: 'niet|geen het|de|een? officieel|officiële|officiele beleid|standpunt|reactie' },
  {
    phrase:
      '~mening|meningen|visie|~standpunt|opvatting|ervaring|woorden|gedachten _6 niet die|dat|het|de|hetzelfde van|als',
  },
  { phrase: 'alles|wat|berichten|posts _4 is|zijn van mezelf|mijzelf' },
  {
    phrase:
      "staat|staan|sta los van mijn|m'n|de|het? werk|werkgever|school|bestuur|stichting|organisatie|functie|baan|werkgevers",
  },
  { phrase: "los van mijn|m'n werkgever|functie|werkgevers" },
  { phrase: 'voor eigen rekening' },
  { phrase: 'alles|berichten|posts|tweets|meningen _4 is|zijn persoonlijk|privé|prive' },
  {
    phrase:
      'persoonlijkemening|eigenmening|opeigentitel|oppersoonlijketitel|viewsmyown|opinionsmyown|myownviews|personalviews',
  },
  { phrase: 'als privépersoon|privepersoon|privé-persoon|prive-persoon|particulier' },
  { phrase: 'als privé|prive persoon' },
  // English
  { phrase: '~views|~opinions|thoughts|opinion|view|reflections|words|posts _4 are|is mine|personal' },
  { phrase: '~views|~opinions|thoughts|opinion|view|reflections|words|posts _4 are|is my own' },
  {
    phrase: 'my|our own|personal personal? ~views|~opinions|view|opinion|thoughts|reflections|take|capacity',
  },
  { phrase: 'personal ~views|~opinions|view|opinion|reflections|reflection|capacity|take', notAfter: OTHERS },
  { phrase: 'personal note', notAfter: [...OTHERS, 'a', 'an'] },
  { phrase: '~views|~opinions|thoughts|opinion|view my|mine own?' },
  { phrase: 'not|never representing|speaking|writing|posting for|as' },
  { phrase: 'private capacity|citizen|person' },
  { phrase: 'on my own behalf' },
  { phrase: 'not|never _2 on behalf of?' },
  { phrase: 'speaking|writing|posting|post _2 for|as myself|individual' },
  { phrase: 'not|no _2 official _2 ~position|policy|~views|view|standpoint|stance|statement|opinion|line' },
  { phrase: 'not _2 ~position|~views|view|opinion|opinions|stance|standpoint|those|policy of' },
  {
    phrase:
      "not _1 my|the employer's|employers|employer|school's|organisation's|organization's|board's|foundation's",
  },
  { phrase: "not|don't|doesn't|dont|doesnt necessarily? reflect|represent" },
];
