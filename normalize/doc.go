// Package normalize holds the language knowledge of pressfacts that is
// useful on its own:
//
//   - lookup keys that fold case, ё, quotes, dashes and spaces ([Key]) and
//     ordinary capitalization of names written in capitals ([Capitalize]);
//   - the Russian inflection core: noun declension classes as ending
//     tables with a lexicon of frequent nouns ([Analyze], [NounLemma]), and
//     noun phrases put in the nominative with their adjectives agreeing
//     ([Phrase]), and the other way, every case form of a proper name
//     ([Forms], with a [Declension] where the ending does not tell);
//   - number words in every case and gender ([Numeral], [NumberWords]);
//   - Latin forms of names by the system of their language ([Romanize]):
//     Palladius Cyrillic to Hanyu Pinyin, Polivanov to Hepburn, Kontsevich
//     to the Revised Romanization, and ICAO Doc 9303 for Russian names.
//
// Normalization makes keys and names; it never changes the text that spans
// point into. Tables are embedded and parsed once, on first use. All
// functions are pure and safe for concurrent use.
//
// On factRuEval-2016's pairs of a mention and its entity's name, [Phrase]
// gives the annotators' name for 81.5% of the mentions whose form changes
// (84% of all); most misses are place names it cannot know the gender of
// ("Москве" becomes "Москв"), which a gazetteer lookup settles first: the
// extract package indexes its gazetteer by [Forms] and names 89% right.
package normalize
