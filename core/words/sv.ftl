# Ordkatalogen: allt digipolicy säger till en människa, på svenska.
# Formatet är en delmängd av Project Fluent (FTL); se core/build.rs och core/words/README.md.


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
order-ranking-within-stage-cost = Rangordning i steget på kostnad, strategisk betydelse och leveransförmåga (vikter { $weights }, alternativ: { $count }); { $candidate } kommer först med totalpoäng { $score }.
order-supplier-choose-candidate-meets = Ingen leverantör att välja: inget alternativ möter behovet.

## justify

justify-justification-s-text-empty = motiveringen saknas
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
benefit-does-cover = det täcker inte { $list }
benefit-development-other-regions-comes = utveckling med andra regioner går före utveckling i egen regi
benefit-candidate-earlier-stage-meets = ett alternativ i ett tidigare steg ({ $origin }) möter behovet
benefit-ranks-cost-strategic-importance = det hamnar på plats { $count } på kostnad, strategisk betydelse och leveransförmåga

## in_force

in_force-case-has-decision-date = Ärendet saknar beslutsdatum (`decided_on`): det har prövats mot hela policypaketet, alla dokument tillämpade.

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
principles-known-whether-principle-applies = Okänt om principen gäller: `{ $field }` saknas.
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

memo-version = version

## accounts

accounts-requests = Ärenden
accounts-route-house = Väg: befintligt inom landstinget
accounts-route-procure-from-market = Väg: upphandla befintlig produkt
accounts-route-co-development-other = Väg: utveckling med andra regioner
accounts-route-own-development = Väg: egen utveckling
accounts-candidate-met-need = Inget alternativ mötte behovet
accounts-out-scope = Utanför policyn (§2)
accounts-share-house-reuse = Andel återanvändning inom landstinget
accounts-share-co-development-development = Andel samutveckling av utvecklingen
accounts-blocked-decisions = Blockerade beslut (§5.6)
accounts-justified-deviations = Motiverade avvikelser
accounts-open-deviations = Öppna avvikelser
accounts-cost-choices-above-cheapest = Valens merkostnad mot billigaste alternativ som mötte behovet
accounts-decisions-dearer-than-cheapest = Beslut dyrare än billigaste alternativ
accounts-requests-concerning-innovation = Ärenden som gäller innovation
accounts-innovations-decided-practice = Beslutade innovationer att införa (§3)
accounts-which-co-developed-other = varav samutvecklade med andra regioner
accounts-quarter = Kvartal
accounts-out-scope-2 = utanför policyn
