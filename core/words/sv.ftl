# Ordkatalogen: allt digipolicy säger till en människa, på svenska.
# Formatet är en delmängd av Project Fluent (FTL); se core/words/README.md.


## clauses: how a person cites them (the form reads `cite-<document>` too)

cite-policy = policyn § { $section }
cite-digitalisation-strategy = digitaliseringsstrategin avsnitt { $section }
cite-innovation-strategy = innovationsstrategin avsnitt { $section }

## names of routes and stages

route-in_house = befintligt inom landstinget
route-market = upphandla befintlig produkt
route-co_development = utveckling med andra regioner
route-own_development = egen utveckling
route-no_candidate = inget alternativ möter behovet
stage-in_house = inom landstinget
stage-market = marknaden
stage-development = utveckling
order-horizon-from-case = enligt ärendet
order-horizon-from-pack = policypaketets standardvärde
condition-new_e_service = om ärendet gäller en ny e-tjänst
condition-concerns_innovation = om beslutet gäller innovation (en ny eller väsentligt förbättrad lösning, §3)
condition-test_environment_benefit = om en testmiljö skulle ge tydlig nytta för verksamhet och användare
alignment-inferred = { $title } (tolkad koppling)
alignment-how-why = Hur: { $how }. Varför: { $why }.

## date

date-dates-iso-yyyy-mm = datum skrivs enligt ISO 8601: `ÅÅÅÅ-MM-DD`

## error

error-bug-digipolicy-please-report = detta är ett fel i digipolicy; rapportera det tillsammans med indata

## decision

decision-ready-decision = klart för beslut
decision-blocked-route-provisional = blockerat: vägen är preliminär
decision-out-scope-decided-under = utanför policyn (§2): inget beslut enligt den

## review

review-blocking = hinder
review-deviation = avvikelse
review-advice = råd
review-information = information
review-met = uppfylld
review-met-2 = inte uppfylld
review-known = okänt
review-applicable = gäller inte

## record

record-case-s-digest-does = ärendets digest stämmer inte
record-case-can-longer-decided = ärendet går inte längre att avgöra
record-decision-record-what-record = en beslutspost är vad `record` skriver
record-decision-s-wording-differs = beslutets text skiljer sig

## messages

messages-whole-numbers-have-decimals = heltal skrivs utan decimaler och ryms inom ±9223372036854775807

## the reader's errors (input/messages.rs): for developers, values in code marks

reader-unknown-field = okänt fält { $value }
reader-unknown-value = okänt värde { $value }
reader-missing-field = fältet { $field } saknas
reader-duplicate-field = fältet { $field } förekommer två gånger
reader-list-length = en lista med { $count } poster har fel längd
reader-invalid-value = ogiltigt värde ({ $detail })
reader-json-eof = texten tar slut mitt i JSON-värdet
reader-json-expected-value = här förväntades ett JSON-värde
reader-json-expected-word = okänt ord; JSON har bara `true`, `false` och `null`
reader-json-expected-comma-or-brace = här förväntades `,` eller `{ "}" }`
reader-json-expected-comma-or-bracket = här förväntades `,` eller `]`
reader-json-expected-colon = här förväntades `:`
reader-json-trailing-characters = text efter JSON-värdet
reader-json-trailing-comma = ett avslutande kommatecken
reader-json-key-must-be-string = en nyckel måste vara text inom citattecken
reader-json-invalid-escape = en ogiltig escape-sekvens
reader-json-invalid-number = ett ogiltigt tal
reader-json-number-out-of-range = ett tal utanför det som JSON-läsaren kan representera
reader-json-control-character = ett styrtecken i en text; skriv det som `\u00XX`
reader-json-invalid-unicode = en ogiltig Unicode-escape
reader-invalid-json = ogiltig JSON: { $what }
reader-json-stops = texten slutar vara JSON på rad { $line }, kolumn { $column }
reader-allowed-are = tillåtna är { $list }
reader-did-you-mean = menade du { $list }
reader-wrong-type = fel typ: { $found }, förväntade { $wanted }
reader-out-of-range = { $found } ligger utanför det tillåtna intervallet
reader-found-text = texten { $value }
reader-found-whole = heltalet { $value }
reader-found-number = talet { $value }
reader-found-value = { $value }
reader-found-list = en lista
reader-found-object = ett objekt
reader-wanted-answers = ett objekt med svaren `true`/`false`
reader-wanted-whole = ett heltal
reader-wanted-number = ett tal
reader-wanted-text = text
reader-wanted-bool = `true` eller `false`
reader-wanted-list = en lista
reader-wanted-object = ett objekt
reader-wanted-one-of = ett av de tillåtna värdena
reader-wanted-other = ett annat slags värde

## regions

regions-e-g-se-m = t.ex. `SE-M`
regions-region-s-name-empty = regionens namn saknas
regions-co-development-partner-another = en utvecklingspartner är en annan region; utveckling i egen regi har inga partner
regions-give-region-s-name = ange regionens namn eller dess ISO 3166-2:SE-kod, t.ex. `SE-M`

## scan

scan-split-input-or-raise = dela upp indata, eller höj gränsen om indata är äkta
scan-found-list-where-contract = en lista där kontraktet inte har någon lista
scan-list-s-items-objects = en listas poster är objekt eller värden, aldrig listor
scan-object-s-fields-named = ett objekts fält anges med namn, aldrig efter position
scan-contract-s-objects-nest = kontraktets objekt är nästlade högst fem nivåer

## check

check-ids-visible-text-letters = id:n är synlig text: bokstäver, siffror, skiljetecken och mellanslag
check-leave-out-use-policy = utelämna den för att använda policypaketets standard
check-case-has-requirement = ärendet har inga krav
check-need-described-least-one = ett behov beskrivs av minst ett krav, `must` eller `should`
check-lowest-highest = 1 är lägst, 5 högst
check-another-region-s-existing = en annan regions befintliga system som erbjuds för återanvändning är ett `market`-alternativ
check-requirement-id-case-close = inget av ärendets krav-id liknar det; se `requirements`
check-costs-whole-kronor-up = kostnader anges i hela kronor upp till 9007199254740991
check-e-service-given-but = `e_service` är angivet men `evidence.new_e_service` är `false`
check-remove-e-service-or = ta bort `e_service`, eller sätt `evidence.new_e_service` till `true`
check-name-id-one-case = ange id för ett av ärendets alternativ
check-total-stay-below-kronor = summan måste vara under 9007199254740992 kronor
check-name-empty = namnet saknas
check-agreement-binds-policy-only = `agreement_binds_policy` gäller bara en `private_contractor`
check-council-s-own-administrations = landstingets egna förvaltningar och bolag binds direkt
check-value-listed-twice = värdet står två gånger

## alignment

alignment-initiative-serves-focus-area = Initiativet knyts inte till något fokusområde och därmed inte till strategins varför.
alignment-initiative-serves-focus-area-2 = Initiativet tjänar ett fokusområde, men utkastets text knyter det inte till någon visionsvärdering.

## procurement

procurement-procurement-asks-or-allows = upphandlingen av { $selected } efterfrågar eller tillåter nya lösningar
procurement-contract-payment-model-do = Avtalet och ersättningsmodellen för { $selected } driver inte innovation. Utforma dem så att de gör det, så långt verksamhetens behov motiverar.
procurement-procurement-neither-asks-nor = Upphandlingen av { $selected } varken efterfrågar eller tillåter nya lösningar. Den ska åtminstone tillåta dem.
procurement-record-whether-procurement-asks = Dokumentera om upphandlingen av { $selected } efterfrågar eller tillåter nya lösningar.

## order

order-gap-not-ranked = { $count ->
    [one] { $candidate } ({ $stage }) saknar kravet { $missing } och rangordnas därför inte.
   *[other] { $candidate } ({ $stage }) saknar kraven { $missing } och rangordnas därför inte.
}
order-gap-would-come-first = { $count ->
    [one] { $candidate } ({ $stage }) skulle gå före det valda alternativet om det också uppfyllde kravet { $missing }.
   *[other] { $candidate } ({ $stage }) skulle gå före det valda alternativet om det också uppfyllde kraven { $missing }.
}
order-gap-commission = { $count ->
    [one] { $candidate } ({ $stage }) saknar kravet { $missing }; utveckling kan beställas av just det som saknas.
   *[other] { $candidate } ({ $stage }) saknar kraven { $missing }; utveckling kan beställas av just det som saknas.
}

order-developed-council-alone-development = { $candidate } utvecklas av landstinget ensamt. Utveckling bör i möjligaste mån ske med andra landsting och regioner: dokumentera vilka regioner som tillfrågats och varför ingen deltar.
order-candidate-covers-every-requirement = Inget alternativ täcker alla ska-krav. Landstinget kan beställa utveckling, helst tillsammans med andra landsting och regioner, och då bara av det som saknas.
order-evaluation-takes-innovation-perspective = utvärderingen av { $candidate } tar hänsyn till innovationsperspektivet
order-development-shared-other-regions = utvecklingen sker med andra regioner
order-evaluation-did-take-innovation = Utvärderingen av { $candidate } tog inte hänsyn till innovationsperspektivet. Avvikelsen ska motiveras.
order-recorded-evaluation-took-innovation = Det är inte dokumenterat att utvärderingen av { $candidate } tog hänsyn till innovationsperspektivet.
order-also-meets-need-costs = { $candidate } möter också behovet och kostar { $amount } mindre över { $count } år än { $other }, men policyns ordning går före kostnaden.
order-what-if-stage-order = Scenario: stegordningen är inte strikt; alla alternativ som möter behovet rangordnas tillsammans enbart på de tre kriterierna.
order-route = Väg: { $what }.
order-cost-compared-total-cost = Kostnaden jämförs som total ägandekostnad över { $horizon } år ({ $source }).
order-candidates-cover-every-requirement = Alternativ som täcker alla ska-krav ({ $must_list }) och därmed möter behovet: { $count } av { $count2 }.
order-stage-reached-earlier-stage = Steg { $n } ({ $name }) prövas inte: ett tidigare steg möter behovet (alternativ här: { $here }).
order-stage-candidates-meet-need = Steg { $n } ({ $name }): alternativ som möter behovet: { $fit } av { $here }; valet görs här. Av dem utvecklas { $count } med andra regioner; de går före utveckling i egen regi.
order-stage-candidates-meet-need-2 = Steg { $n } ({ $name }): alternativ som möter behovet: { $fit } av { $here }; valet görs här.
order-stage-candidate-meets-need = Steg { $n } ({ $name }): inget alternativ möter behovet (alternativ här: { $here }); nästa steg prövas.
order-ranking-within-stage-cost = Rangordning i steget på kostnad, strategisk betydelse och leveransförmåga (vikter { $weights }, alternativ: { $count }); { $candidate } kommer först.
order-supplier-choose-candidate-meets = Ingen leverantör att välja: inget alternativ möter behovet.

## justify

justify-unknown-candidate = motiveringen gäller alternativet { $candidate }, som ärendet inte har
justify-repeated = samma motivering finns redan som `justifications[{ $first }]`
justify-blocking-cannot-be-justified = ett hinder kan inte motiveras bort
justify-information-needs-none = en iakttagelse som bara är information behöver ingen motivering

justify-justification-s-text-empty = motiveringen saknas eller har inga synliga tecken
justify-blocking-problem-needs-evidence = ett hinder (§5.6) undanröjs med underlag, inte med en motivering

## definitions

definitions-continuous-improvement-innovation-lacks = Ständig förbättring, inte innovation: den saknar den grad av nyhet som krävs.
definitions-idea-becomes-innovation-only = En idé: den blir en innovation först när den tagits i bruk och ger nytta.
definitions-new-practice-but-value = Ny och i bruk, men ingen nytta är visad; nyttan behöver inte vara pengar.
definitions-innovation-new-or-substantially = En innovation: ny eller väsentligt förbättrad, i bruk och skapar nytta.

## benefit

benefit-assessment-benefit-whole-council = En bedömning av nyttan för hela landstinget finns före beslutet.
benefit-council-wide-benefit-assessment = Ingen nyttobedömning för hela landstinget, men scenariots väsentlighetsgräns ({ $amount }) undantar ärendet (total kostnad { $amount2 }). Gör bedömningen ändå om den tillför något.
benefit-assessment-benefit-whole-council-2 = Ingen bedömning av nyttan för hela landstinget är gjord. Den ska alltid föregå beslutet: vägen nedan är preliminär tills bedömningen finns.
benefit-council-wide-benefit-assessment-2 = Nyttobedömning för hela landstinget saknas: beslutet är blockerat och vägen preliminär.
benefit-benefit-assessment-dated-after = Nyttobedömningen är daterad { $assessed }, efter beslutet { $decided }. Bedömningen ska alltid komma före beslutet: vägen nedan är preliminär tills en bedömning finns som föregår det.
benefit-benefit-assessment-made-after = Nyttobedömningen gjordes efter beslutet och föregår det inte: beslutet är blockerat och vägen preliminär.
benefit-unit-s-wish-also = Verksamhetens önskemål, { $wished }, är också det som policyn väljer.
benefit-unit-wishes-but-benefit = Verksamheten önskar { $wished }, men nyttan för hela landstinget går före en enskild verksamhets önskemål: { $parts }.
benefit-unit-s-wish-selected = Verksamhetens önskemål, { $wished }, väljs inte: { $parts }.
benefit-does-cover = { $count ->
    [one] det uppfyller inte kravet { $list }
   *[other] det uppfyller inte kraven { $list }
}
benefit-development-other-regions-comes = utveckling med andra regioner går före utveckling i egen regi
benefit-candidate-earlier-stage-meets = ett alternativ i ett tidigare steg ({ $origin }) möter behovet
benefit-ranks-cost-strategic-importance = det hamnar på plats { $count } på kostnad, strategisk betydelse och leveransförmåga

## in_force

in_force-case-has-decision-date = Ärendet saknar beslutsdatum: det har prövats mot hela policypaketet, alla dokument tillämpade.

in_force-ceased = Gäller inte: { $document } upphörde att gälla { $date }.
in_force-until = { $document } (till och med { $date })
in_force-lapsed = Ärendet är daterat efter att dessa dokument upphört att gälla; deras regler tillämpas inte: { $documents }.
in_force-applied-until = { $document } gällde till och med { $date }; dess regler tillämpas inte på ärendet.
in_force-as-of = Ärendet saknar beslutsdatum; det datum som angavs när ärendet prövades, { $date }, används som beslutsdatum.

## scope

scope-policy-applies-directly-overrides = Policyn gäller direkt och går före lokala styrdokument om innovation, IT och digitalisering.
scope-policy-applies-through-agreement = Policyn gäller genom avtalet med landstinget.
scope-policy-covers-contractor-but = Policyn omfattar entreprenören, men avtalet saknar en klausul om den: avtalet måste ta in policyn.
scope-policy-covers-contractor-through = Policyn omfattar entreprenören genom avtalet; det är okänt om avtalet tar in policyn.
scope-policy-does-apply-activity = Policyn gäller inte verksamhet som landstinget inte finansierar.
scope-case-names-organisation-assumed = Ärendet anger ingen organisation; det antas omfattas av policyn.
scope-council-owns-activity-policy = Verksamheten ägs av landstinget; policyn gäller direkt.
scope-private-contractor-runs-activity = Verksamheten bedrivs av en privat utförare; policyn gäller genom avtalet.
scope-council-does-finance-activity = Landstinget finansierar inte verksamheten; ärendet prövas inte enligt policyn.
scope-policy-does-apply-council = Policyn gäller inte: landstinget finansierar inte verksamheten, så ärendet avgörs inte enligt den. Ingen väg, rangordning eller avvikelse anges.
scope-does-apply-council-does = Gäller inte: landstinget finansierar inte verksamheten (policy §2).

## principles

principles-does-apply-case = Gäller inte detta ärende.
principles-known-whether-principle-applies = Okänt om principen gäller; det avgörs av frågan: { $question }
principles-met = Uppfylls inte: { $unmet }.
principles-evidence-missing = Underlag saknas: { $missing }.
principles-met-2 = Uppfylls.

## request

request-year-from = ett år från 1 till 9999
request-leave-input-empty = lämna indata tom

## whatif

whatif-same-route-selection-status = Samma väg, val och status.
whatif-case-invalid = Ärendet är ogiltigt.

## sensitivity

sensitivity-change-single-weight-within = Ingen ändring av en enskild vikt inom 0–10× ändrar valet inom steget.

whatif-route = väg { $from } → { $to }
whatif-selection = val { $from } → { $to }
whatif-selection-ranked = val { $from } → { $to } ({ $from } plats { $rank })
whatif-status = status { $from } → { $to }
whatif-reason = { $changes }; eftersom { $because }.
sensitivity-changes = Valet ändras om vikten för { $name } går från { $from } till { $to } ({ $factor }×): då väljs { $winner }.

## compile

compile-every-clause-digipolicy-rules = varje avsnitt i `digipolicy::rules::clauses::CITED` måste finnas i paketet
compile-add-document-documents = lägg till dokumentet i `documents`
compile-e-g-policy = t.ex. `policy:5.9`
compile-weights-all-zero = alla vikter är noll
compile-give-least-one-criterion = ge minst ett kriterium en positiv vikt
compile-empty = värdet saknas
compile-every-text-needs-both = varje text behöver både svenska (`sv`) och engelska (`en`)
compile-weights-compared-exactly-thousandths = vikter jämförs exakt, i tusendelar

## registry

registry-give-them-effective-dates = ge dem giltighetstider som inte överlappar
registry-give-case-decided-or = ge ärendet ett `decided_on`, eller ange `as_of`
registry-registry-holds-pack = registret har inget paket

## regional

regional-vision-value-or-focus = id för visionsvärden eller fokusområden upprepas
regional-steps-run = stegen ska numreras 1, 2, 3, …

## memo

memo-matter-for-unit = { $unit } begär nytt IT-stöd: { $title }.
memo-matter = Ärendet gäller nytt IT-stöd: { $title }.
memo-summary-selected = Förvaltningen föreslår { $candidate } ({ $route }).
memo-summary-meeting = Av { $total } prövade alternativ möter { $count } behovet.
memo-summary-deviations = Ärendet avviker från policyn på { $count } punkter, varav { $open } ännu saknar motivering.
memo-benefit-done-on = En bedömning av nyttan för hela landstinget (§5.6) är gjord den { $date }{ $summary }.
memo-benefit-done = En bedömning av nyttan för hela landstinget (§5.6) är gjord{ $summary }.
memo-benefit-not-done = Någon bedömning av nyttan för hela landstinget (§5.6) är inte gjord.
memo-benefit-not-said = Ärendet anger inte om nyttan för hela landstinget (§5.6) är bedömd.
memo-must = ska
memo-should = bör
memo-yes = ja
memo-no = nej
memo-stage-with = { $stage }, tillsammans med { $partners }
memo-weights = Inom steget rangordnas alternativen som möter behovet på kostnad, strategisk betydelse och leveransförmåga med vikterna { $cost }:{ $strategic }:{ $delivery } (§5.9).
memo-economics-cheapest = Det är det billigaste alternativet som möter behovet: valet kostar inget extra.
memo-economics-none = Inget alternativ är valt; kostnaderna över { $years } år redovisas för jämförelse.

memo-version = version

## accounts

accounts-percentage-points = { $points } procentenheter

accounts-requests = Ärenden
accounts-route-house = Väg: befintligt inom landstinget
accounts-route-procure-from-market = Väg: upphandla befintlig produkt
accounts-route-co-development-other = Väg: utveckling med andra regioner
accounts-route-own-development = Väg: egen utveckling
accounts-candidate-met-need = Väg: inget alternativ mötte behovet (utveckling, helst med andra regioner)
accounts-out-scope = Utanför policyn (§2)
accounts-share-house-reuse = Andel återanvändning inom landstinget
accounts-share-co-development-development = Andel samutveckling av utvecklingen
accounts-blocked-decisions = Blockerade beslut (§5.6)
accounts-justified-deviations = Motiverade avvikelser
accounts-open-deviations = Öppna avvikelser
accounts-cost-choices-above-cheapest = Ordningens pris: valens merkostnad mot billigaste alternativ i ett senare steg
accounts-decisions-dearer-than-cheapest = Beslut dyrare än ett senare stegs billigaste alternativ
accounts-requests-concerning-innovation = Ärenden som gäller innovation
accounts-innovations-decided-practice = Beslutade innovationer att införa (§3)
accounts-which-co-developed-other = varav samutvecklade med andra regioner
accounts-quarter = Kvartal
accounts-out-scope-2 = utanför policyn

## documents (the templates read these as `t.<name>`: `doc-memo_title` is `t.memo_title`)

doc-accounts_title = Årsredovisning av beslut om IT-stöd
doc-alternative = Alternativ
doc-alternatives = Alternativen och rangordningen (§5.9)
doc-background = Bakgrund
doc-case = Ärende
doc-change = Förändring
doc-clause = Punkt
doc-comment = Kommentar
doc-date = Datum
doc-deviations = Hinder, avvikelser och motiveringar
doc-digitalisation_accounts = Digitaliseringsbokslut
doc-economics = Ekonomiska konsekvenser
doc-findings = Iakttagelser
doc-innovation_accounts = Innovationsbokslut
doc-justification = Motivering
doc-lacks = Saknar ska-krav
doc-measure = Mått
doc-meets_need = Möter behovet
doc-memo_title = Tjänsteutlåtande
doc-met = Uppfyllda
doc-missing_evidence = Underlag som saknas
doc-name_in_print = Namnförtydligande och titel
doc-no_deviations = Inga hinder eller avvikelser.
doc-no_missing = Inget underlag saknas.
doc-not_applicable = Gäller inte
doc-not_known = Okända
doc-not_met = Inte uppfyllda
doc-notes = Övriga iakttagelser
doc-one_off = Engångskostnad
doc-order = Prövningen steg för steg
doc-outcome = Bedömning
doc-per_clause = Per punkt
doc-policy = Policypaket
doc-prepared_with = Upprättat med digipolicy
doc-principle = Princip
doc-principles = Principerna
doc-proposal = Förslag till beslut
doc-rank = Plats
doc-requirement = Krav
doc-requirements = Behovets krav
doc-review = Principerna (§2, §5.1–5.9 och strategierna)
doc-route = Väg
doc-routes_by_quarter = Vägar per kvartal
doc-score = Totalpoäng
doc-selected_mark = valt
doc-selected_short = Valt
doc-signature = Underskrift
doc-stage = Steg
doc-summary = Sammanfattning
doc-tco_over = Total kostnad över
doc-year = År
doc-yearly = Årlig kostnad
doc-years = år

## questions: what a form asks for each piece of evidence (`ask-`), a line of help (`help-`), and what an answer means, said once per group (`group-`)

ask-evidence-citizen_need_described = Är invånarnas behov beskrivet, och är det behovet som styr ärendet?
help-evidence-citizen_need_described = Beskriv vilket behov hos invånarna lösningen ska möta.
ask-evidence-citizen_facing = Vänder sig tjänsten till invånare?
help-evidence-citizen_facing = Då gäller målet att invånarnas första kontakt ska kunna ske digitalt.
ask-evidence-digital_communication_first = Kommunicerar ni i första hand digitalt, internt och externt, där det passar?
help-evidence-digital_communication_first = Till exempel besked, kallelser och svar digitalt i stället för på papper.
ask-evidence-digital_first_contact = Kan invånarnas första kontakt ske digitalt?
help-evidence-digital_first_contact = Till exempel att boka, fråga eller anmäla sig via 1177 eller en app.
ask-evidence-users_involved_early = Har medarbetare och invånare varit med tidigt i arbetet?
help-evidence-users_involved_early = Till exempel i behovsanalys, workshoppar eller tester av prototyper.
ask-evidence-staff_time_and_mandate = Har medarbetarna tid och mandat att bidra till utvecklingen?
help-evidence-staff_time_and_mandate = Det avgör om idéerna från verksamheten kan tas tillvara.
ask-evidence-standards_applied = Används etablerade standarder?
help-evidence-standards_applied = Till exempel nationella standarder för informationsutbyte.
ask-evidence-open_interfaces = Erbjuder lösningen öppna gränssnitt så långt det går?
help-evidence-open_interfaces = Öppna gränssnitt låter andra system hämta och lämna information.
ask-evidence-external_collaboration = Samverkar ni med akademi, näringsliv eller kommuner?
help-evidence-external_collaboration = Samverkan utanför landstinget är något policyn uppmuntrar.
ask-evidence-implementation_plan = Finns det tidigt en plan för hur lösningen ska införas och spridas?
help-evidence-implementation_plan = Planen ska finnas redan när arbetet börjar, inte först vid leverans.
ask-evidence-commercialisation_applicable = Kan lösningen bli något som andra köper eller använder (kommersialisering)?
help-evidence-commercialisation_applicable = Svara nej om lösningen bara kan användas inom landstinget.
ask-evidence-commercialisation_considered = Har ni övervägt att kommersialisera lösningen?
help-evidence-commercialisation_considered = Till exempel att licensiera den eller dela den med andra regioner.
ask-evidence-information_quality = Håller informationen hög kvalitet under hela sin livstid?
help-evidence-information_quality = Rätt, fullständig och aktuell från det att den skapas till att den gallras.
ask-evidence-information_available = Finns informationen tillgänglig de tider verksamheten behöver den?
help-evidence-information_available = Tänk på kvällar, helger och driftavbrott.
ask-evidence-information_classified = Är informationen klassad och skyddad efter hur skyddsvärd den är?
help-evidence-information_classified = Klassningen väger skyddsvärde, affärsnytta, risk och lagkrav.
ask-evidence-fetched_at_source = Hämtas informationen där den uppstår, digitalt om det går?
help-evidence-fetched_at_source = Till exempel direkt från journalen i stället för att skrivas av.
ask-evidence-entered_once = Behöver samma uppgift bara anges en gång?
help-evidence-entered_once = Ingen ska behöva lämna samma uppgift två gånger.
ask-governing_documents-information_security = Har ni tagit hänsyn till regionens styrdokument om informationssäkerhet?
help-governing_documents-information_security = Styrdokumenten gäller vid sidan av policyn.
ask-governing_documents-innovation = Har ni tagit hänsyn till regionens styrdokument om innovation?
help-governing_documents-innovation = Styrdokumenten gäller vid sidan av policyn.
ask-governing_documents-sustainability = Har ni tagit hänsyn till regionens styrdokument om hållbarhet?
help-governing_documents-sustainability = Styrdokumenten gäller vid sidan av policyn.
ask-governing_documents-staffing_and_competence = Har ni tagit hänsyn till regionens styrdokument om personal- och kompetensförsörjning?
help-governing_documents-staffing_and_competence = Styrdokumenten gäller vid sidan av policyn.
ask-governing_documents-accessibility = Har ni tagit hänsyn till regionens styrdokument om tillgänglighet?
help-governing_documents-accessibility = Styrdokumenten gäller vid sidan av policyn.
ask-governing_documents-digitalisation = Har ni tagit hänsyn till regionens styrdokument om digitalisering?
help-governing_documents-digitalisation = Styrdokumenten gäller vid sidan av policyn.
ask-governing_documents-research_development_education = Har ni tagit hänsyn till regionens styrdokument om forskning, utveckling och utbildning?
help-governing_documents-research_development_education = Styrdokumenten gäller vid sidan av policyn.
ask-governing_documents-governance_and_management = Har ni tagit hänsyn till regionens styrdokument om styrning och ledning?
help-governing_documents-governance_and_management = Styrdokumenten gäller vid sidan av policyn.
ask-evidence-new_e_service = Gäller ärendet en ny e-tjänst?
help-evidence-new_e_service = Då ställs frågorna om e-tjänstens egenskaper.
ask-e_service-in_demand = Är e-tjänsten efterfrågad av dem den är till för?
help-e_service-in_demand = Till exempel visat i en enkät eller av hur många som frågar.
ask-e_service-user_friendly = Är e-tjänsten lätt att använda?
help-e_service-user_friendly = Helst prövat med riktiga användare.
ask-e_service-robust = Klarar e-tjänsten fel och störningar utan att data går förlorade?
help-e_service-robust = Det kallas att tjänsten är robust.
ask-e_service-scalable = Kan e-tjänsten växa när fler börjar använda den?
help-e_service-scalable = Det kallas att tjänsten är skalbar.
ask-e_service-secure = Är e-tjänsten säker?
help-e_service-secure = Till exempel säker inloggning och skydd mot intrång.
ask-e_service-highly_available = Är e-tjänsten tillgänglig dygnet runt, med få avbrott?
help-e_service-highly_available = Det kallas hög tillgänglighet.
ask-e_service-languages = På vilka språk finns e-tjänsten?
help-e_service-languages = Ange språkkoder med kommatecken emellan, till exempel sv, en, ar.
ask-e_service-privacy_preserving = Skyddar e-tjänsten den personliga integriteten?
help-e_service-privacy_preserving = Till exempel att den bara samlar in de uppgifter som behövs.
ask-e_service-accessible = Kan personer med funktionsnedsättning använda e-tjänsten?
help-e_service-accessible = Till exempel med skärmläsare eller bara med tangentbord.
ask-evidence-concerns_innovation = Gäller beslutet innovation, alltså en ny eller väsentligt förbättrad lösning?
help-evidence-concerns_innovation = Då gäller innovationsstrategin och dess frågor ställs.
ask-evidence-contracts_drive_innovation = Driver avtal och ersättningsmodeller med leverantören innovation, där behovet motiverar det?
help-evidence-contracts_drive_innovation = Till exempel ersättning för resultat i stället för för timmar.
ask-evidence-test_environment_benefit = Skulle en testmiljö ge tydlig nytta för verksamheten och användarna?
help-evidence-test_environment_benefit = Då ska en testmiljö erbjudas.
ask-evidence-test_environment_offered = Erbjuds en testmiljö?
help-evidence-test_environment_offered = En plats där lösningen kan prövas innan den införs.
ask-benefit_assessment-done = Är nyttan för hela landstinget bedömd?
help-benefit_assessment-done = Bedömningen ska alltid göras innan något beslutas.
ask-benefit_assessment-done_on = Vilket datum gjordes bedömningen av nyttan?
help-benefit_assessment-done_on = Bedömningen ska vara gjord före beslutsdagen.
ask-candidates-allows_new_solutions = Efterfrågar eller tillåter upphandlingen nya lösningar?
help-candidates-allows_new_solutions = Upphandlingen ska åtminstone tillåta nya lösningar.
ask-candidates-innovation_considered = Har innovationsperspektivet vägts in när alternativet bedömdes?
help-candidates-innovation_considered = Ett nej är en avvikelse som behöver motiveras.
ask-organisation-agreement_binds_policy = Tar avtalet med utföraren in policyn?
help-organisation-agreement_binds_policy = En privat utförare omfattas av policyn genom avtalet.
group-shall = Ett nej på en ska-fråga blir en avvikelse som behöver motiveras.
group-should = Ett nej på en bör-fråga blir ett råd.
group-goal = Ett nej på en fråga om ett mål noteras som information.
group-condition = Svaret på den första frågan avgör om resten av frågorna gäller.
group-unknown = Vet ni inte visas frågan som underlag som saknas.

doc-plot_routes_by_quarter = Vägar per kvartal
doc-plot_out_of_scope = utanför policyn
doc-plot_outcome_per_clause = Bedömning per punkt
doc-plot_digitalisation = digitalisering
doc-plot_innovation = innovation
doc-plot_justified = motiverade
doc-plot_open = öppna
doc-plot_deviations = Avvikelser

## the CLI's text report (cli/src/report.rs)

cli-line-too-long = rad { $line } är längre än { $max } byte, gränsen för en rad (`max_input_bytes`); raden hoppas över
cli-line-not-utf8 = rad { $line } är inte UTF-8 (fel vid byte { $at })
cli-more-problems = … och { $count } problem till
cli-case = Ärende
cli-cost-counted-over = kostnaden räknas över
cli-years = år
cli-status = Status
cli-decision-date = Beslutsdatum
cli-given-when-run = angivet vid körningen
cli-route = Väg
cli-selected = Valt alternativ
cli-how-case-was-tried = Så prövades ärendet
cli-ranking = Rangordning
cli-rank = plats
cli-candidate = alternativ
cli-stage = steg
cli-meets-need = möter behovet
cli-tco = total kostnad
cli-cost = kostnad
cli-strategy = strategi
cli-delivery = leverans
cli-total = totalt
cli-missing = saknar
cli-co-development = utveckling i samverkan
cli-yes = ja
cli-no = nej
cli-together = i samverkan med
cli-findings = Iakttagelser
cli-justified = motiverad
cli-deviations-not-yet-justified = Avvikelser utan motivering
cli-what-would-change-outcome = Vad som skulle ändra utfallet
cli-lacks = saknar
cli-evidence-needed-before-decision = Underlag som saknas före beslut
cli-met = uppfylld
cli-not-met = ej uppfylld
cli-not-known = okänt
cli-not-applicable = ej tillämplig
cli-principles = Principer
cli-met-2 = uppfyllda
cli-not-met-2 = ej uppfyllda
cli-not-known-2 = okänd
cli-not-known-3 = okända
cli-not-applicable-2 = ej tillämpliga
cli-what-would-settle-what = Det här skulle avgöra det som är okänt
cli-organisation = Organisation
cli-policy-applies = Policyn gäller
cli-overrides-local-governing-documents = Går före lokala styrdokument
cli-outcome = Utfall
cli-initiative = Initiativ
cli-class = Klass
cli-cases = ärenden
cli-route-changed = ändrad väg
cli-selection-changed = ändrat val
cli-status-changed = ändrad status
cli-invalid = ogiltiga
cli-selected-2 = valt
cli-criterion = kriterium
cli-weight = vikt
cli-threshold = gräns
cli-factor = faktor
cli-new-selection = nytt val
cli-strategy-2 = Strategi
cli-note = not
cli-tracing-no-focus-area = Utan fokusområde
cli-focus-areas-no-initiative = Fokusområden som inget initiativ tjänar

## the request form (bindings-wasm/www: `t("key")` reads `form-key`)

form-skip = Hoppa till beslutet
form-heading = Behovsanmälan för nytt IT-stöd
form-intro = Beskriv behovet, kraven och alternativen steg för steg. Beslutet enligt policyn visas medan du fyller i, och du granskar dina svar innan du skickar.
form-toggle = In English
form-example = Exempel
form-load = Öppna exemplet
form-open_file = Öppna ett sparat ärende
form-new_request = Börja om med en tom anmälan
form-download_case = Spara ärendet (JSON)
form-download_decision = Spara beslutet (JSON)
form-print_memo = Tjänsteutlåtande att skriva ut
form-memo_loading = Tjänsteutlåtandet tas fram …
form-memo_opened = Tjänsteutlåtandet öppnades i en ny flik; skriv ut det därifrån.
form-memo_blocked = Webbläsaren stoppade den nya fliken; tjänsteutlåtandet laddades ner i stället.
form-memo_invalid = Rätta felen i anmälan innan ett tjänsteutlåtande kan tas fram.
form-draft_restored = Ditt sparade utkast är återställt.
form-file_opened = Ärendet är öppnat.
form-file_invalid = Filen är inget ärende i JSON-format.
form-summary_heading = Beslutet just nu
form-details_heading = Beslutet i detalj
form-to_details = Granska hela beslutet
form-step_need = Behovet
form-step_benefit = Nyttan för hela landstinget (§ 5.6)
form-step_candidates = Alternativen
form-step_principles = Principerna
form-case_title = Vad behövs?
form-case_title_hint = En mening om behovet, till exempel ”Videobesök i primärvården”.
form-case_id = Ärendenummer
form-case_id_hint = Diarienummer eller annan beteckning, till exempel 2025-017.
form-case_unit = Verksamhet (frivilligt)
form-case_horizon = Kalkylperiod i år (frivilligt)
form-case_horizon_hint = Hur många år kostnaderna räknas över. Tomt: policyns standard, 5 år.
form-req_heading = Krav på lösningen
form-req_hint = Ett ska-krav måste vara uppfyllt för att ett alternativ ska möta behovet. Ett bör-krav påverkar bara rangordningen.
form-requirement = Krav
form-req_id = Kort namn på kravet
form-req_id_hint = Små bokstäver utan mellanslag, till exempel bankid.
form-req_text = Beskrivning (frivilligt)
form-level = Nivå
form-must = Ska – måste uppfyllas
form-should = Bör – påverkar rangordningen
form-add_requirement = Lägg till ett krav
form-benefit_hint = Policyn kräver en bedömning av nyttan för hela landstinget innan något beslutas.
form-benefit_done = Är nyttan för hela landstinget bedömd?
form-benefit_on = Datum för bedömningen (frivilligt, ÅÅÅÅ-MM-DD)
form-benefit_summary = Vad bedömningen kom fram till (frivilligt)
form-cand_hint = Först prövas det som redan finns inom landstinget, sedan marknaden, sist utveckling – helst tillsammans med andra regioner (§ 5.9). Lägg till varje alternativ för sig.
form-candidate = Alternativ
form-cand_name = Namn
form-cand_id = Kort namn (id)
form-origin = Var finns alternativet?
form-in_house = Finns redan inom landstinget
form-market = Finns att köpa på marknaden
form-development = Behöver utvecklas
form-partners = Regioner som utvecklar tillsammans (frivilligt, kommaseparerade)
form-partners_hint = Namn eller kod, till exempel Region Skåne eller SE-M.
form-covers = Vilka krav uppfyller alternativet?
form-one_off = Engångskostnad i kronor
form-yearly = Årlig kostnad i kronor
form-money_hint = Hela kronor, till exempel 150 000.
form-strategic = Strategisk betydelse
form-delivery = Förmåga att leverera
form-score_hint = 1 = låg, 5 = hög
form-innovation = Har innovationsperspektivet vägts in i bedömningen?
form-allows_new = Efterfrågar eller tillåter upphandlingen nya lösningar?
form-add_candidate = Lägg till ett alternativ
form-preferred = Verksamhetens önskade alternativ (frivilligt)
form-none = Inget
form-remove = Ta bort
form-principles_hint = Svara ja, nej eller vet inte. Det du inte vet visas som underlag som saknas.
form-languages = Språk (kommaseparerade, till exempel sv, en, ar)
form-yes = Ja
form-no = Nej
form-dont_know = Vet inte
form-error_title = Det finns fel att rätta
form-error_prefix = Fel:
form-not_whole_years = Skriv antalet år med siffror, till exempel 5
form-stale = Inte uppdaterat: beslutet gäller dina tidigare svar tills uppgifterna är kompletta.
form-no_decision = Rätta felen så visas beslutet.
form-status = Status
form-route = Väg
form-selected = Valt alternativ
form-open_deviations = Avvikelser utan motivering
form-still_missing = Underlag som saknas
form-and_more = och { $count } till
form-severity_means-blocking = måste åtgärdas före beslut
form-severity_means-deviation = kräver motivering
form-severity_means-advice = { "" }
form-severity_means-info = { "" }
form-justified = Motiverad
form-ranking = Rangordning
form-rank = Plats
form-stage = Steg
form-meets = Möter behovet
form-tco = Total kostnad över { $years } år
form-score = Poäng
form-lacks = Saknar ska-krav
form-findings = Iakttagelser
form-review = Principerna
form-change = Vad som skulle ändra utfallet
form-lacks_short = saknar
form-benefit_question = Är nyttan för hela landstinget bedömd?
form-candidate_question = { $name }: har innovationsperspektivet vägts in?
form-allows_question = { $name }: tillåter upphandlingen nya lösningar?
form-error_for = { $field } för { $item }
form-error-empty_value = fyll i
form-error-duplicate_id = finns redan, välj ett annat namn
form-error-unknown_requirement = kravet finns inte längre, kryssa ur det
form-error-unknown_candidate = välj ett av alternativen
form-error-empty_requirements = lägg till minst ett krav
form-error-horizon_out_of_range = ange ett antal år från 1 till 50
form-error-cost_too_large = beloppet är för stort
form-error-negative_cost = ett belopp kan inte vara negativt
form-error-score_out_of_range = välj ett värde från 1 till 5
form-error-unknown_partner = ange regionens namn eller kod, till exempel Region Skåne eller SE-M
form-error-invalid_partner = ange varje region en gång, och inte den egna
form-error-limit = texten är för lång
form-error-date = skriv datumet som år-månad-dag, till exempel 2025-03-01
form-error-other = kontrollera värdet
form-one_off_empty = Ange engångskostnaden för { $item } i kronor, till exempel 150 000 (0 om det inte kostar något)
form-yearly_empty = Ange den årliga kostnaden för { $item } i kronor, till exempel 12 000 (0 om det inte kostar något)
form-one_off_not_whole = Skriv engångskostnaden för { $item } med siffror i hela kronor, till exempel 150 000
form-yearly_not_whole = Skriv den årliga kostnaden för { $item } med siffror i hela kronor, till exempel 12 000
form-error_field = fältet
form-co_development = utveckling i samverkan

## the parts of the principles: what each piece of evidence says (the review's evidence labels)

part-evidence-citizen_need_described = invånarnas behov är beskrivet och styr ärendet
part-evidence-digital_first_contact = målet att invånarnas första kontakt kan ske digitalt
part-evidence-citizen_facing = om tjänsten vänder sig till invånare (då gäller målet om digital första kontakt)
part-evidence-digital_communication_first = där det är lämpligt kommunicerar landstinget i första hand digitalt, internt och externt
part-evidence-users_involved_early = medarbetare och invånare involveras tidigt
part-evidence-staff_time_and_mandate = medarbetarna har tid och mandat att bidra
part-evidence-standards_applied = etablerade standarder används
part-evidence-open_interfaces = öppna gränssnitt erbjuds så långt det går
part-evidence-external_collaboration = samverkan med akademi, näringsliv eller kommuner
part-evidence-implementation_plan = en plan för införande och spridning finns tidigt
part-evidence-commercialisation_considered = kommersialisering har övervägts
part-evidence-commercialisation_applicable = om kommersialisering är tillämplig
part-evidence-information_quality = informationen håller hög kvalitet genom hela livscykeln
part-evidence-information_available = informationen är tillgänglig de tider verksamheten efterfrågar den
part-evidence-information_classified = informationen skyddas utifrån skyddsvärde, affärsperspektiv, risk och lagkrav
part-evidence-fetched_at_source = informationen hämtas vid källan, digitalt om möjligt
part-evidence-entered_once = målet att samma uppgift bara behöver anges en gång
part-governing_documents-information_security = styrdokumenten om informationssäkerhet
part-governing_documents-innovation = styrdokumenten om innovation
part-governing_documents-sustainability = styrdokumenten om hållbarhet
part-governing_documents-staffing_and_competence = styrdokumenten om personal och kompetens
part-governing_documents-accessibility = styrdokumenten om tillgänglighet
part-governing_documents-digitalisation = styrdokumenten om digitalisering
part-governing_documents-research_development_education = styrdokumenten om forskning, utveckling och utbildning
part-governing_documents-staffing_and_competence-2 = styrdokumenten om personal- och kompetensförsörjning
part-governing_documents-governance_and_management = styrdokumenten om styrning och ledning
part-e_service-in_demand = efterfrågad
part-e_service-user_friendly = användarvänlig
part-e_service-robust = robust
part-e_service-scalable = skalbar
part-e_service-secure = säker
part-e_service-highly_available = hög tillgänglighet
part-e_service-languages = finns på flera språk
part-e_service-privacy_preserving = skyddar den personliga integriteten
part-e_service-accessible = tillgänglig för personer med funktionsnedsättning
part-evidence-test_environment_offered = en testmiljö erbjuds
part-benefit_assessment-done = nyttan för hela landstinget är bedömd före beslutet
part-evidence-contracts_drive_innovation = avtal och ersättningsmodeller med leverantören driver innovation där behovet motiverar det
part-organisation-agreement_binds_policy = avtalet binder entreprenören till policyn

## developers' errors and other messages with values (moved from format! in code)

check-holds-invisible-or-control = { $what } { $id } innehåller det osynliga tecknet eller styrtecknet U+{ $value }
check-empty = { $what } saknas
check-list-has-len-items = listan har { $count } poster, fler än { $max } (`{ $name }`)
check-horizon-outside-years = horisonten { $horizon } ligger utanför 1–50 år
check-requirement-appears-twice = kravet { $id } förekommer två gånger
check-candidate-appears-twice = alternativet { $id } förekommer två gånger
check-score-outside = poängen { $value } ligger utanför 1–5
check-partners-only-development = partner gäller bara utveckling, inte { $origin }
check-names-same-region-partners = { $name } är samma region som `partners[{ $first }]`, { $region }
check-unknown-requirement = okänt krav { $req }
check-did-you-mean-list = menade du { $list }
check-requirement-listed-twice = kravet { $req } står två gånger
check-cost-negative = kostnaden { $value } är negativ
check-cost-too-large = kostnaden { $value } är för stor
check-unknown-candidate = okänt alternativ { $preferred }
check-total-cost-ownership-horizon = total ägandekostnad { $one_off } + { $yearly } × { $horizon } år blir för stor
check-field-empty = `{ $field }` saknas
what-case-id = ärendets id
what-title = titeln
what-requirement-id = ett kravs id
what-candidate-id = ett alternativs id
what-candidate-name = alternativets namn
what-partner = en partner
what-language = ett språk

## developers' errors and other messages with values (moved from format! in code)

compile-decision-date-before-pack = beslutsdatumet { $date } ligger före { $value }, då paketet { $id } började gälla
compile-decision-date-after-pack = beslutsdatumet { $date } ligger efter { $to }, då paketet { $id } upphörde att gälla
compile-pack-id-force-date = paketet { $id } gäller inte { $date }
compile-document-appears-twice = dokumentet { $id } förekommer två gånger
compile-clause-appears-twice = avsnittet { $id } förekommer två gånger
compile-pack-lacks-clause-which = paketet saknar avsnittet { $cited }, som en regel hänvisar till
compile-clause-names-unknown-document = avsnittet { $id } nämner det okända dokumentet { $doc }
compile-clause-id-form-document = avsnittets id { $id } har inte formen `dokument:avsnitt`
compile-default-horizon-shown-outside = standardhorisonten { $shown } ligger utanför 1–50 år
compile-threshold-outside-kronor = tröskeln { $t } ligger utanför 0–9007199254740991 kronor
compile-superseded-document-decided-d = ett ersatt dokument beslutat { $d } är inte äldre än paketet ({ $value })
compile-ends-before-starts-from = det slutar { $to }, före sin början { $value }
compile-lang-wording-missing = formuleringen på `{ $lang }` saknas
compile-weight-shown-negative = vikten { $shown } är negativ
compile-weight-shown-above = vikten { $shown } är över 1000
compile-weight-shown-has-more = vikten { $shown } har fler än tre decimaler
request-unknown-value-shown = okänt värde { $shown }
request-one-allowed = en av { $allowed }
request-operation-needs-path = `{ $operation }` behöver `{ $path }`
request-example-example = till exempel { $example }
request-name-does-apply-operation = `{ $name }` gäller inte `{ $operation }`
request-applies-list = det gäller { $list }
request-shown-year = { $shown } är inget år
request-unknown-operation-shown = okänd operation { $shown }
request-one-list = en av { $list }
request-operation-reads-input = `{ $operation }` läser ingen indata
record-invalid-json-e = ogiltig JSON: { $e }
record-status-b = status { $a } → { $b }
record-route-b = väg { $a } → { $b }
record-selected-b = valt alternativ { $a } → { $b }
record-findings-b = iakttagelser [{ $a }] → [{ $b }]
regions-iso-se-code = { $code } är ingen ISO 3166-2:SE-kod
regions-also-names-regions-other = { $key } är också namn på `regions[{ $other }]`
regions-code-one-pack-s = { $code } är inte koden för någon av paketets `regions`
regions-deciding-council-s-own = { $given } är det beslutande landstingets egen region, { $name } ({ $code })
regions-did-you-mean-list = menade du { $list }
regions-shown-one-sweden-s = { $shown } är ingen av Sveriges regioner
scan-input-bytes-over-limit = indata är { $json } byte, över gränsen { $max_input_bytes } (`max_input_bytes`)
scan-input-nests-deeper-than = indata är nästlade djupare än { $depth } nivåer
scan-list-has-more-than = listan har fler än { $max_items } poster (`{ $limit }`)
scan-string-longer-than-characters = en text är längre än { $max_string_chars } tecken (`max_string_chars`)
scan-duplicate-field = fältet { $key } förekommer två gånger
registry-packs-b-both-force = paketen { $a } och { $b } gäller båda någon dag
registry-case-has-decided-registry = ärendet saknar `decided_on` och registret har { $packs } paket
registry-packs-both-force-date = paketen { $id } och { $id2 } gäller båda { $date }
registry-policy-pack-force-date = inget policypaket gäller { $date }
parameters-one-list = en av { $list }
parameters-unknown-parameter-shown = okänd parameter { $shown }
parameters-shown-form-name-value = { $shown } har inte formen `namn=värde`
parameters-value-name-number-true = värdet av { $name } är inget tal, `true`, `false` eller `null`
regional-field-empty = `{ $field }` får inte vara tomt
regional-unknown-focus-area = okänt fokusområde { $area }
regional-one-list = ett av { $list }
ffi-unknown-schema-shown = okänt schema { $shown }
ffi-one-list = ett av { $list }
error-internal-error-what = internt fel: { $what }
date-date = { $value } är inget datum
justify-justification-what-but-decision = motiveringen gäller { $what }, men beslutet har ingen sådan avvikelse
regional-unknown-note = okänd anmärkning { $id }
documents-document-template-failed-what = dokumentmallen gick inte att fylla i: { $what }
regional-what-vision-value = visionsvärde
regional-what-focus-area = fokusområde
regional-what-note = anmärkning
regional-unknown = okänt { $what } { $id }
compile-superseded-applied = då gällde de ersatta dokumenten, som biblioteket inte kodar: { $documents }
scope-agreement-lacks-policy = Avtalet med utföraren tar inte in policyn; policyn binder utföraren bara genom avtalet, så avtalet behöver kompletteras.
scope-agreement-not-shown = Policyn binder utföraren bara genom avtalet, och ärendet visar inte att avtalet tar in policyn.
error-invalid-case = ogiltigt ärende
error-invalid-policy = ogiltigt policypaket
error-invalid-organisation = ogiltig organisation
error-invalid-initiative = ogiltigt initiativ
error-invalid-record = ogiltig beslutspost
error-internal = internt fel
accounts-records = Beslutsposter från { $year }: { $in_year }; från året före: { $previous_year }; från andra år (ej medräknade): { $other_years }; utan datum (ej medräknade): { $undated }.
record-pack-edited = beslutsposten anger paketet { $id } { $version } med en annan digest än paketets: posten eller paketet är ändrat
record-pack-unavailable = beslutsposten gjordes under paketet { $id } version { $version }, som inte finns här (här finns { $have } { $have_version }); verifiera den med det paketet
split-array-not-closed = ogiltig JSON: listan med beslutsposter avslutas inte med `]`
split-not-after-item = ogiltig JSON: efter en beslutspost i listan ska `,` eller `]` stå
split-at-line = texten slutar vara en lista med beslutsposter på rad { $line }
split-not-utf8 = ogiltig JSON: beslutsposten som börjar på rad { $line } är inte UTF-8-text
split-not-an-object = värdet på rad { $line } är inte en beslutspost (ett objekt)
split-record-over-limit = beslutsposten som börjar på rad { $line } är över gränsen { $max_input_bytes } byte (`max_input_bytes`)
accounts-criteria-cost = Kriteriernas pris: valens merkostnad mot billigaste alternativ i samma steg
accounts-decisions-criteria-cost = Beslut dyrare än billigaste alternativ i sitt steg
accounts-blocked-2 = blockerade
accounts-records-left-out = Av { $given } givna beslutsposter upprepade { $duplicates } en tidigare och räknades en gång, och { $unverified } gick inte att verifiera och räknades inte.
accounts-left-out-duplicate = Beslutspost { $record } (ärende { $case }) är samma begäran som beslutspost { $first } och räknas en gång
accounts-left-out-unverified = Beslutspost { $record } (ärende { $case }) går inte att verifiera och räknas inte
accounts-left-out-pack = Beslutspost { $record } (ärende { $case }) gjordes under en version av policyn som inte finns här och räknas inte
accounts-left-out-more = { $count ->
    [one] ytterligare en beslutspost räknades inte och listas inte
   *[other] ytterligare { $count } beslutsposter räknades inte och listas inte
}
accounts-practice-note = Om en beslutad innovation införs följs upp utanför beslutsposterna.
doc-left_out = Beslutsposter som inte räknats
doc-plot_blocked = blockerade
memo-proposal-intro-to = Förvaltningen föreslår att { $body } beslutar
memo-proposal-intro-blank = Förvaltningen föreslår att ______________ beslutar
memo-description-need = Behovet anges i { $count } krav, varav { $must } ska-krav; { $candidates } alternativ har prövats.
memo-basis-memo-on = Detta tjänsteutlåtande, { $date }
memo-basis-memo = Detta tjänsteutlåtande
memo-basis-benefit = Bedömningen av nyttan för hela landstinget (policyn § 5.6)
memo-basis-alternatives = Underlaget om alternativen ({ $count })
memo-att-out-of-scope = att ärendet hanteras utanför policyn för innovation och digitalisering, eftersom landstinget inte finansierar verksamheten (policyn § 2)
memo-att-return = att återremittera ärendet för komplettering innan det avgörs
memo-att-supply-first = att ärendet prövas på nytt när det som { $what } kräver har kompletterats
memo-att-choose = att anskaffa { $candidate } som IT-stöd för { $title } ({ $route })
memo-att-commission = att beställa utveckling för { $title }, i första hand tillsammans med andra regioner (policyn § 5.9), eftersom inget alternativ möter behovet
memo-att-open-deviations = att de { $count } avvikelserna från policyn som saknar motivering motiveras eller åtgärdas innan anskaffningen påbörjas
memo-att-accept-justified = att godta avvikelserna från policyn med de skäl som anges i motiveringen
memo-summary-out-of-scope = Policyn gäller inte verksamheten, och därför föreslås ingen väg enligt den.
memo-summary-blocked = Ärendet kan ännu inte avgöras: det som saknas redovisas nedan.
memo-summary-none-fits = Inget alternativ möter behovet: utveckling ska beställas, i första hand tillsammans med andra regioner.
memo-summary-no-deviations = Ingen avvikelse från policyn har konstaterats.
memo-summary-justified = Ärendet avviker från policyn på { $count } punkter, var och en med motivering.
memo-environment-not-assessed = Inga miljökonsekvenser har bedömts i ärendet.
memo-deviation-on = { $about }, för { $candidate }: { $message }.
memo-deviation = { $about }: { $message }.
memo-deviation-blocking = Detta måste åtgärdas innan ärendet kan avgöras.
memo-deviation-justified = Motivering: { $text }
memo-deviation-open = Någon motivering har ännu inte lämnats.
memo-economics-selected = Det föreslagna alternativet kostar { $cost } över { $years } år.
memo-economics-order = Policyns ordning (§ 5.9) går förbi ett billigare alternativ i ett senare steg, { $cheapest } för { $cheapest_cost }: ordningen kostar { $difference }.
memo-economics-criteria = Inom sitt steg väljs förslaget på kostnad, strategisk betydelse och leveransförmåga framför { $cheapest } för { $cheapest_cost }: kriterierna kostar { $difference }.
doc-diary_number = Diarienummer
doc-case_officer = Handläggare
doc-to = Till
doc-case_description = Ärendebeskrivning
doc-basis = Beslutsunderlag
doc-motivation = Förvaltningens motivering
doc-route_reason = Vägen enligt policyn (§ 5.9)
doc-choice_reason = Valet av alternativ
doc-funding = Finansiering
doc-environment = Miljökonsekvenser
doc-appendix = Bilaga: prövningen i detalj
doc-technical = Tekniska uppgifter
doc-fill_in = fylls i
form-step_memo = Uppgifter till tjänsteutlåtandet (frivilligt)
form-memo_hint = Det som inte fylls i skrivs ut som tomma rader att fylla i för hand.
form-memo_organisation = Organisation
form-memo_administration = Förvaltning
form-memo_diary_number = Diarienummer
form-memo_case_officer = Handläggare
form-memo_decision_body = Beslutande organ (nämnd eller styrelse)
form-memo_funding = Finansiering
form-memo_environmental_consequences = Miljökonsekvenser
accounts-lead-requests = { $count ->
    [one] Under { $year } avgjordes ett ärende om IT-stöd.
   *[other] Under { $year } avgjordes { $count } ärenden om IT-stöd.
}
accounts-lead-previous = Året före avgjordes { $previous }.
accounts-lead-in-house = Av ärendena som fick en väg återanvände { $share } något som landstinget redan hade.
accounts-lead-co-development = Av utvecklingen med ett valt alternativ gjordes { $share } tillsammans med andra regioner.
accounts-lead-blocked = Blockerade i väntan på underlag: { $blocked }; utanför policyn: { $out_of_scope }.
accounts-lead-deviations = Avvikelser från policyn med motivering: { $justified }; utan motivering: { $open }.
accounts-lead-prices = Policyns ordning kostade { $order } (antal beslut: { $order_count }), och valen inom ett steg på strategisk betydelse och leveransförmåga kostade { $criteria } (antal beslut: { $criteria_count }).
accounts-lead-innovation = Ärenden som gäller innovation: { $cases }, varav beslutade att införas: { $decided }.
accounts-not-known-means = ”Okänt” betyder att underlaget saknades i ärendet. De frågor som oftast saknade svar, med antal ärenden:
doc-order_cases = Besluten bakom ordningens pris
doc-criteria_cases = Besluten bakom kriteriernas pris
doc-cheaper = Billigare alternativ
doc-extra = Merkostnad
doc-what_showed = Året i korthet
doc-missing_heading = Underlag som saknades
form-memo_signatories = Undertecknare
form-memo_signatories_hint = En per rad: namn, titel. Till exempel ”Karin Berg, hälso- och sjukvårdsdirektör”.
doc-plot_quarter = Kvartal
doc-plot_requests = Antal ärenden
doc-plot_deviation_count = Antal avvikelser
form-must_first = Detta måste kompletteras först
form-provisional_route = Preliminär väg
form-provisional_selected = Preliminärt val
form-case_decided_on = Beslutsdatum (frivilligt)
form-case_decided_on_hint = ÅÅÅÅ-MM-DD. Datumet avgör vilka styrdokument som gäller och därmed vilka frågor som ställs.
form-lapsed = { $documents } gällde till och med { $date }: deras frågor ställs inte för ett ärende som beslutas senare.
form-org_kind = Vem bedriver verksamheten? (frivilligt)
form-org_kind_hint = Policyn gäller verksamhet som landstinget finansierar (§ 2).
form-org_none = Inte angivet
form-org_council_administration = En förvaltning i landstinget
form-org_council_company = Ett bolag som landstinget äger
form-org_private_contractor = En privat utförare som landstinget finansierar
form-org_not_council_financed = Verksamhet som landstinget inte finansierar
form-org_agreement = Tar avtalet med utföraren in policyn?
form-start_heading = Din anmälan
form-more = Exempel, sparade ärenden och en ny anmälan
form-continue = Spara och fortsätt
form-to_tasks = Tillbaka till uppgifterna
form-steps_label = Stegen
form-check_heading = Granska dina svar
form-check_task = Granska och skicka
form-send_heading = Skicka anmälan
form-send_hint = När du skickar sparas ärendet och beslutet som en beslutspost, med kontrollsummor som visar om något ändras i efterhand.
form-send = Skicka anmälan
form-sending = Skickar …
form-send_failed = Anmälan kunde inte skickas. Beslutsposten är sparad i webbläsaren: försök igen om en stund, eller spara den och skicka den på annat sätt.
form-sent_heading = Anmälan är skickad
form-download_record = Spara beslutsposten (JSON)
form-error_word = Fel
form-progress = Du har gjort { $done } av { $count } steg.
form-task_done = Klart
form-task_todo = Inte påbörjat
form-task_error = Behöver rättas
form-no_decision_yet = Beslutet visas här när behovet, kraven och minst ett alternativ är ifyllda.
form-change_link = Ändra
form-not_given = Inte angivet
form-covers_count = uppfyller { $count } av { $total } krav
form-answered = { $answered } av { $count } frågor besvarade, { $no } med nej
form-memo_facts = Ifyllda uppgifter
form-justify_heading = Avvikelser att motivera
form-justify_intro = Ett nej på en ska-fråga är en avvikelse från policyn. Skriv varför verksamheten avviker, så redovisas avvikelsen som motiverad.
form-justify_label = Motivering till avvikelsen från { $clause }
form-justify_hint = Skriv varför, med egna ord.
form-receipt_case = Ärendenummer
form-receipt_in_house = Förslaget är att använda { $name }, som redan finns inom landstinget.
form-receipt_market = Förslaget är att köpa { $name }, som redan finns på marknaden.
form-receipt_co_development = Förslaget är att utveckla { $name } tillsammans med andra regioner.
form-receipt_own_development = Förslaget är att utveckla { $name } i egen regi.
form-receipt_no_candidate = Inget av alternativen möter behovet, så förslaget är att beställa utveckling, helst tillsammans med andra regioner.
form-receipt_out_of_scope = Policyn gäller inte verksamheten, så den avgör inte valet av lösning.
form-receipt_blocked = Beslutet väntar på underlag: { $what }
form-receipt_delivered = Beslutsposten har tagits emot av regionens ärendehantering.
form-receipt_downloaded = Beslutsposten är sparad på din dator. Skicka den till den som handlägger ärendet.
form-receipt_digest = Beslutspostens kontrollsumma
form-receipt_digest_hint = Ange den om du har frågor om ärendet: den visar att ärendet och beslutet är desamma som du skickade.
form-part_request = 1. Behovet och alternativen
form-part_principles = 2. Principerna
form-part_send = 3. Granska och skicka
form-save_add_candidate = Spara och lägg till ett alternativ till
form-step_of = Steg { $number } av { $count }
cli-coverage-title = Täckningskartan: policyns meningar mot reglerna
cli-coverage-document = Dokument
cli-coverage-section = Avsnitt
cli-coverage-sentences = Meningar
cli-coverage-all = Alla
cli-coverage-encoded = Kodad
cli-coverage-interpreted = Tolkad
cli-coverage-not-decidable = Avgör inget beslut
cli-coverage-out-of-scope = Utanför biblioteket
cli-coverage-no-drift = Varje mening i de kartlagda avsnitten har en post, och varje post en mening.
cli-coverage-drifts = Kartan och dokumenten går isär:
cli-coverage-drift-seed = { $document }: dokumentfilen { $seed } saknas
cli-coverage-drift-heading = { $document } { $section }: rubriken finns inte i texten
cli-coverage-drift-unmapped = { $document } { $section }: mening { $ordinal } saknar post
cli-coverage-drift-stale = { $document } { $section }: post { $ordinal } motsvarar ingen mening
cli-coverage-drift-moved = { $document } { $section }: post { $ordinal } gäller mening { $found }
cli-coverage-no-documents = dokumenten finns inte i `{ $dir }`: ange en katalog med dokumentfilerna
cli-coverage-no-entry = Ingen post
cli-coverage-met = Uppfylld
cli-coverage-not-met = Inte uppfylld
cli-coverage-unmapped = Avsnittet kartläggs inte:
cli-coverage-sentence = Meningen
cli-coverage-status = Status
cli-coverage-summary = Sammanfattning och skäl
cli-coverage-clause = Bestämmelse och funktion
cli-coverage-vectors = Testfall
cli-coverage-whole = hela
cli-coverage-drift-orphan = { $document } { $section }: post { $ordinal } hör inte till något kartlagt avsnitt
cli-coverage-map-unreadable = täckningskartan går inte att läsa: { $error }
cli-coverage-seed-too-large = dokumentfilen `{ $path }` är { $bytes } byte, över gränsen { $limit }: ange dokumenten i vanlig textform
