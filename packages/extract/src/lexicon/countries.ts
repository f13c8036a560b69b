import type { CountryEntry } from "./types.js";

/**
 * Every UN member state and a few other states, with their ISO 3166-1 alpha-3 codes,
 * other names, demonyms and the capitals or seats of power that stand for their
 * governments ("Moscow", "the Kremlin"; capitals that are also common first names or
 * other cities' names are left out). One line each: name | code | aliases | demonyms | metonyms, lists split
 * by ";". Extend by adding lines.
 */
const TABLE = `
Afghanistan|AFG||Afghan|Kabul
Albania|ALB||Albanian|Tirana
Algeria|DZA||Algerian|Algiers
Andorra|AND||Andorran|
Angola|AGO||Angolan|Luanda
Antigua and Barbuda|ATG|Antigua||
Argentina|ARG||Argentine;Argentinian|Buenos Aires
Armenia|ARM||Armenian|Yerevan
Australia|AUS||Australian|Canberra
Austria|AUT||Austrian|Vienna
Azerbaijan|AZE||Azerbaijani|Baku
Bahamas|BHS|the Bahamas|Bahamian|Nassau
Bahrain|BHR||Bahraini|Manama
Bangladesh|BGD||Bangladeshi|Dhaka
Barbados|BRB||Barbadian|Bridgetown
Belarus|BLR||Belarusian|Minsk
Belgium|BEL||Belgian|
Belize|BLZ||Belizean|Belmopan
Benin|BEN||Beninese|Porto-Novo;Cotonou
Bhutan|BTN||Bhutanese|Thimphu
Bolivia|BOL||Bolivian|La Paz
Bosnia and Herzegovina|BIH|Bosnia|Bosnian|Sarajevo
Botswana|BWA||Botswanan|Gaborone
Brazil|BRA||Brazilian|Brasilia;Brasília
Britain|GBR|United Kingdom;the United Kingdom;UK;the UK;Great Britain|British|London;Downing Street
Brunei|BRN|Brunei Darussalam||Bandar Seri Begawan
Bulgaria|BGR||Bulgarian|Sofia
Burkina Faso|BFA|Burkina|Burkinabe;Burkinabè|Ouagadougou
Burundi|BDI||Burundian|Gitega;Bujumbura
Cabo Verde|CPV|Cape Verde|Cape Verdean|Praia
Cambodia|KHM||Cambodian|Phnom Penh
Cameroon|CMR||Cameroonian|Yaounde;Yaoundé
Canada|CAN||Canadian|Ottawa
Central African Republic|CAF|CAR||Bangui
Chad|TCD||Chadian|N'Djamena
Chile|CHL||Chilean|Santiago
China|CHN|People's Republic of China;PRC|Chinese|Beijing
Colombia|COL||Colombian|Bogota;Bogotá
Comoros|COM|the Comoros|Comorian|
Costa Rica|CRI||Costa Rican|
Côte d'Ivoire|CIV|Ivory Coast;Cote d'Ivoire|Ivorian|Yamoussoukro;Abidjan
Croatia|HRV||Croatian|Zagreb
Cuba|CUB||Cuban|Havana
Cyprus|CYP||Cypriot|Nicosia
Czech Republic|CZE|Czechia|Czech|Prague
Democratic Republic of the Congo|COD|DR Congo;DRC|Congolese|Kinshasa
Denmark|DNK||Danish|Copenhagen
Djibouti|DJI||Djiboutian|
Dominica|DMA|||Roseau
Dominican Republic|DOM|||Santo Domingo
Ecuador|ECU||Ecuadorian|Quito
Egypt|EGY||Egyptian|Cairo
El Salvador|SLV||Salvadoran|San Salvador
Equatorial Guinea|GNQ||Equatoguinean|Malabo
Eritrea|ERI||Eritrean|Asmara
Estonia|EST||Estonian|Tallinn
Eswatini|SWZ|Swaziland|Swazi|Mbabane
Ethiopia|ETH||Ethiopian|Addis Ababa
Fiji|FJI||Fijian|Suva
Finland|FIN||Finnish|Helsinki
France|FRA||French|Paris;the Elysee;the Élysée
Gabon|GAB||Gabonese|Libreville
Gambia|GMB|the Gambia|Gambian|Banjul
Georgia|GEO||Georgian|Tbilisi
Germany|DEU||German|Berlin
Ghana|GHA||Ghanaian|Accra
Greece|GRC||Greek|Athens
Grenada|GRD||Grenadian|
Guatemala|GTM||Guatemalan|Guatemala City
Guinea|GIN||Guinean|Conakry
Guinea-Bissau|GNB|||Bissau
Guyana|GUY||Guyanese|
Haiti|HTI||Haitian|Port-au-Prince
Honduras|HND||Honduran|Tegucigalpa
Hungary|HUN||Hungarian|Budapest
Iceland|ISL||Icelandic|Reykjavik;Reykjavík
India|IND||Indian|New Delhi
Indonesia|IDN||Indonesian|Jakarta
Iran|IRN|Islamic Republic of Iran|Iranian|Tehran
Iraq|IRQ||Iraqi|Baghdad
Ireland|IRL||Irish|Dublin
Israel|ISR||Israeli|Jerusalem
Italy|ITA||Italian|Rome
Jamaica|JAM||Jamaican|
Japan|JPN||Japanese|Tokyo
Jordan|JOR||Jordanian|Amman
Kazakhstan|KAZ||Kazakh|Astana
Kenya|KEN||Kenyan|Nairobi
Kiribati|KIR|||Tarawa
Kosovo|XKX||Kosovar|Pristina
Kuwait|KWT||Kuwaiti|Kuwait City
Kyrgyzstan|KGZ||Kyrgyz|Bishkek
Laos|LAO|Lao PDR|Laotian|Vientiane
Latvia|LVA||Latvian|Riga
Lebanon|LBN||Lebanese|Beirut
Lesotho|LSO|||Maseru
Liberia|LBR||Liberian|Monrovia
Libya|LBY||Libyan|Tripoli
Liechtenstein|LIE|||Vaduz
Lithuania|LTU||Lithuanian|Vilnius
Luxembourg|LUX|||
Madagascar|MDG||Malagasy|Antananarivo
Malawi|MWI||Malawian|Lilongwe
Malaysia|MYS||Malaysian|Kuala Lumpur
Maldives|MDV|the Maldives|Maldivian|
Mali|MLI||Malian|Bamako
Malta|MLT||Maltese|Valletta
Marshall Islands|MHL|the Marshall Islands||Majuro
Mauritania|MRT||Mauritanian|Nouakchott
Mauritius|MUS||Mauritian|Port Louis
Mexico|MEX||Mexican|Mexico City
Micronesia|FSM|Federated States of Micronesia|Micronesian|Palikir
Moldova|MDA||Moldovan|Chisinau
Monaco|MCO||Monegasque|
Mongolia|MNG||Mongolian|Ulaanbaatar
Montenegro|MNE||Montenegrin|Podgorica
Morocco|MAR||Moroccan|Rabat
Mozambique|MOZ||Mozambican|Maputo
Myanmar|MMR|Burma|Burmese|Naypyidaw
Namibia|NAM||Namibian|Windhoek
Nauru|NRU||Nauruan|
Nepal|NPL||Nepali;Nepalese|Kathmandu
Netherlands|NLD|the Netherlands;Holland|Dutch|The Hague;Amsterdam
New Zealand|NZL|||Wellington
Nicaragua|NIC||Nicaraguan|Managua
Niger|NER||Nigerien|Niamey
Nigeria|NGA||Nigerian|Abuja
North Korea|PRK|DPRK;Democratic People's Republic of Korea|North Korean|Pyongyang
North Macedonia|MKD|Macedonia|Macedonian|Skopje
Norway|NOR||Norwegian|Oslo
Oman|OMN||Omani|Muscat
Pakistan|PAK||Pakistani|Islamabad
Palau|PLW||Palauan|Ngerulmud
Palestine|PSE|Palestinian territories|Palestinian|Ramallah
Panama|PAN||Panamanian|Panama City
Papua New Guinea|PNG|||Port Moresby
Paraguay|PRY||Paraguayan|Asuncion;Asunción
Peru|PER||Peruvian|Lima
Philippines|PHL|the Philippines|Philippine;Filipino|Manila
Poland|POL||Polish|Warsaw
Portugal|PRT||Portuguese|Lisbon
Qatar|QAT||Qatari|Doha
Republic of the Congo|COG|Congo-Brazzaville||Brazzaville
Romania|ROU||Romanian|Bucharest
Russia|RUS|Russian Federation;the Russian Federation|Russian|Moscow;the Kremlin
Rwanda|RWA||Rwandan|Kigali
Saint Kitts and Nevis|KNA|St Kitts and Nevis||Basseterre
Saint Lucia|LCA|St Lucia|Saint Lucian|Castries
Saint Vincent and the Grenadines|VCT|St Vincent and the Grenadines;Saint Vincent;St Vincent|Vincentian|Kingstown
Samoa|WSM||Samoan|Apia
San Marino|SMR||Sammarinese|
Sao Tome and Principe|STP|São Tomé and Príncipe||
Saudi Arabia|SAU||Saudi|Riyadh
Senegal|SEN||Senegalese|Dakar
Serbia|SRB||Serbian|Belgrade
Seychelles|SYC|the Seychelles|Seychellois|
Sierra Leone|SLE||Sierra Leonean|Freetown
Singapore|SGP||Singaporean|
Slovakia|SVK||Slovak|Bratislava
Slovenia|SVN||Slovenian;Slovene|Ljubljana
Solomon Islands|SLB|the Solomon Islands||Honiara
Somalia|SOM||Somali|Mogadishu
South Africa|ZAF||South African|Pretoria
South Korea|KOR|Republic of Korea|South Korean|Seoul
South Sudan|SSD||South Sudanese|Juba
Spain|ESP||Spanish|Madrid
Sri Lanka|LKA||Sri Lankan|Colombo
Sudan|SDN||Sudanese|Khartoum
Suriname|SUR||Surinamese|Paramaribo
Sweden|SWE||Swedish|Stockholm
Switzerland|CHE||Swiss|Bern;Geneva
Syria|SYR||Syrian|Damascus
Taiwan|TWN|Republic of China|Taiwanese|Taipei
Tajikistan|TJK||Tajik|Dushanbe
Tanzania|TZA|United Republic of Tanzania|Tanzanian|Dodoma;Dar es Salaam
Thailand|THA||Thai|Bangkok
Timor-Leste|TLS|East Timor|Timorese|Dili
Togo|TGO||Togolese|Lome;Lomé
Tonga|TON||Tongan|Nuku'alofa
Trinidad and Tobago|TTO|Trinidad||Port of Spain
Tunisia|TUN||Tunisian|Tunis
Turkey|TUR|Türkiye|Turkish|Ankara
Turkmenistan|TKM||Turkmen|Ashgabat
Tuvalu|TUV||Tuvaluan|Funafuti
Uganda|UGA||Ugandan|Kampala
Ukraine|UKR||Ukrainian|Kyiv;Kiev
United Arab Emirates|ARE|UAE|Emirati|Abu Dhabi
United States|USA|the United States;US;U.S.;USA;America;United States of America|American;US;U.S.|Washington;the White House;the Pentagon;the State Department
Uruguay|URY||Uruguayan|Montevideo
Uzbekistan|UZB||Uzbek|Tashkent
Vanuatu|VUT||Ni-Vanuatu|Port Vila
Vatican|VAT|Holy See;Vatican City||
Venezuela|VEN||Venezuelan|Caracas
Vietnam|VNM|Viet Nam|Vietnamese|Hanoi
Yemen|YEM||Yemeni|Sanaa
Zambia|ZMB||Zambian|Lusaka
Zimbabwe|ZWE||Zimbabwean|Harare
`;

const split = (s: string | undefined) => (s ? s.split(";").filter(Boolean) : []);

/** The table as entries. */
export const COUNTRIES: readonly CountryEntry[] = TABLE.trim()
  .split("\n")
  .map((line) => {
    const [name = "", iso3 = "", aliases, demonyms, metonyms] = line.split("|");
    return { name, iso3, aliases: split(aliases), demonyms: split(demonyms), metonyms: split(metonyms) };
  });
