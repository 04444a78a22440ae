package entities

// PlaceKind says what a [Place] is. The built-in gazetteer and cue words
// give the kinds below; a user's place table (extract.WithPlaces) may add
// others, so a consumer should treat an unknown kind as a place of no
// particular kind. The kind is "" for a place the text shows to be one
// but no table lists.
type PlaceKind string

// The kinds of places the built-in tables give.
const (
	Country          PlaceKind = "country"
	Capital          PlaceKind = "capital" // a country's capital city
	City             PlaceKind = "city"
	Settlement       PlaceKind = "settlement" // a village, a township
	Municipality     PlaceKind = "municipality"
	District         PlaceKind = "district"
	County           PlaceKind = "county"
	Region           PlaceKind = "region" // a Russian oblast, krai or republic, and the like
	Province         PlaceKind = "province"
	State            PlaceKind = "state"
	Prefecture       PlaceKind = "prefecture"
	AutonomousRegion PlaceKind = "autonomous-region"
	SpecialRegion    PlaceKind = "special-region" // Hong Kong, Macao
	Area             PlaceKind = "area"           // a historical or geographic area: Сибирь, Ближний Восток
	Continent        PlaceKind = "continent"
	Island           PlaceKind = "island"
	Mountain         PlaceKind = "mountain"
	River            PlaceKind = "river"
	Lake             PlaceKind = "lake"
	Sea              PlaceKind = "sea"
	Ocean            PlaceKind = "ocean"
	Celestial        PlaceKind = "celestial" // the Moon, Mars
	Building         PlaceKind = "building"
	Station          PlaceKind = "station"
	Street           PlaceKind = "street" // a street, square or embankment: Тверской бульвар
)

// PlaceKinds lists the kinds the built-in tables give, in the order of
// the constants.
var PlaceKinds = []PlaceKind{
	Country, Capital, City, Settlement, Municipality, District, County, Region,
	Province, State, Prefecture, AutonomousRegion, SpecialRegion, Area,
	Continent, Island, Mountain, River, Lake, Sea, Ocean, Celestial, Building,
	Station, Street,
}

// LatinSource says where a person's Latin name came from.
type LatinSource string

// The sources of [Person.Latin].
const (
	// LatinFromText is a Latin form the text itself gives beside the name:
	// "Сасаки Нобухико (Sasaki Nobuhiko)".
	LatinFromText LatinSource = "text"
	// Palladius is a Chinese name read in the Palladius system and written
	// in Hanyu Pinyin: "Лю Цзяи" → "Liu Jiayi".
	Palladius LatinSource = "palladius"
	// Polivanov is a Japanese name read in the Polivanov system and written
	// in Hepburn without macrons: "Сасаки Нобухико" → "Sasaki Nobuhiko".
	Polivanov LatinSource = "polivanov"
	// Kontsevich is a Korean name read in the Kontsevich system and written
	// in the Revised Romanization: "Мун Чжэ Ин" → "Mun Jae In".
	Kontsevich LatinSource = "kontsevich"
	// ICAO is a Russian (or other Cyrillic) name transliterated by ICAO Doc
	// 9303, as Russian passports do: "Юлия Щеглова" → "Iuliia Shcheglova".
	ICAO LatinSource = "icao"
)
