# The wording catalogue: everything digipolicy says to a person, in English.
# The format is a subset of Project Fluent (FTL); see core/build.rs and core/words/README.md.


## date

date-dates-iso-yyyy-mm = dates are ISO 8601: `YYYY-MM-DD`

## error

error-bug-digipolicy-please-report = this is a bug in digipolicy; please report it with the input

## decision

decision-ready-decision = ready for decision
decision-blocked-route-provisional = blocked: the route is provisional
decision-out-scope-decided-under = out of scope (§2): not decided under the policy

## review

review-blocking = blocking
review-deviation = deviation
review-advice = advice
review-information = information
review-met = met
review-met-2 = not met
review-known = not known
review-applicable = not applicable

## record

record-case-s-digest-does = the case's digest does not match
record-case-can-longer-decided = the case can no longer be decided
record-decision-record-what-record = a decision record is what `record` writes
record-decision-s-wording-differs = the decision's wording differs

## messages

messages-whole-numbers-have-decimals = whole numbers have no decimals and fit within ±9223372036854775807

## regions

regions-e-g-se-m = e.g. `SE-M`
regions-region-s-name-empty = a region's name must not be empty
regions-co-development-partner-another = a co-development partner is another region; development by the council alone has no partners
regions-give-region-s-name = give a region's name or its ISO 3166-2:SE code, e.g. `SE-M`

## scan

scan-split-input-or-raise = split the input, or raise the limit if the input is genuine
scan-found-list-where-contract = found a list where the contract has no list
scan-list-s-items-objects = a list's items are objects or values, never lists
scan-object-s-fields-named = an object's fields are named, never given by position
scan-contract-s-objects-nest = the contract's objects nest five levels at most

## check

check-ids-visible-text-letters = ids are visible text: letters, digits, punctuation and spaces
check-leave-out-use-policy = leave it out to use the policy pack's default
check-case-has-requirement = the case has no requirement
check-need-described-least-one = a need is described by at least one requirement, `must` or `should`
check-lowest-highest = 1 is lowest, 5 highest
check-another-region-s-existing = another region's existing system offered for reuse is a `market` candidate
check-requirement-id-case-close = no requirement id of the case is close to it; see `requirements`
check-costs-whole-kronor-up = costs are whole kronor up to 9007199254740991
check-e-service-given-but = `e_service` is given but `evidence.new_e_service` is `false`
check-remove-e-service-or = remove `e_service`, or set `evidence.new_e_service` to `true`
check-name-id-one-case = name the id of one of the case's candidates
check-total-stay-below-kronor = the total must stay below 9007199254740992 kronor
check-name-empty = the name must not be empty
check-agreement-binds-policy-only = `agreement_binds_policy` is only for a `private_contractor`
check-council-s-own-administrations = the council's own administrations and companies are bound directly
check-value-listed-twice = this value is listed twice

## alignment

alignment-initiative-serves-focus-area = The initiative serves no focus area, and so traces to none of the strategy's whys.
alignment-initiative-serves-focus-area-2 = The initiative serves a focus area, but the draft's prose links that area to no vision value.

## procurement

procurement-procurement-asks-or-allows = the procurement of { $selected } asks for or allows new solutions
procurement-contract-payment-model-do = The contract and payment model for { $selected } do not drive innovation. Shape them so that they do, as far as the operation's needs call for it.
procurement-procurement-neither-asks-nor = The procurement of { $selected } neither asks for nor allows new solutions. It must at least allow them.
procurement-record-whether-procurement-asks = Record whether the procurement of { $selected } asks for or allows new solutions.

## order

order-developed-council-alone-development = { $candidate } is developed by the council alone. Development should as far as possible be shared with other county councils and regions: record which regions were asked and why none takes part.
order-candidate-covers-every-requirement = No candidate covers every must requirement. The council may commission development, preferably together with other county councils and regions, and only of what is missing.
order-evaluation-takes-innovation-perspective = the evaluation of { $candidate } takes the innovation perspective into account
order-development-shared-other-regions = the development is shared with other regions
order-evaluation-did-take-innovation = The evaluation of { $candidate } did not take the innovation perspective into account. The deviation needs a recorded justification.
order-recorded-evaluation-took-innovation = It is not recorded that the evaluation of { $candidate } took the innovation perspective into account.
order-also-meets-need-costs = { $candidate } also meets the need and costs { $amount } less over { $count } years than { $other }, but the policy's order comes before cost.
order-what-if-stage-order = What-if: the stage order is not strict; every candidate that meets the need is ranked together on the three criteria alone.
order-route = Route: { $what }.
order-cost-compared-total-cost = Cost is compared as total cost of ownership over { $horizon } years ({ $source }).
order-candidates-cover-every-requirement = Candidates that cover every must requirement ({ $must_list }) and so meet the need: { $count } of { $count2 }.
order-stage-reached-earlier-stage = Stage { $n } ({ $name }) is not reached: an earlier stage meets the need (candidates here: { $here }).
order-stage-candidates-meet-need = Stage { $n } ({ $name }): candidates that meet the need: { $fit } of { $here }; the choice is made here. Of them, { $count } with other regions; those come before development alone.
order-stage-candidates-meet-need-2 = Stage { $n } ({ $name }): candidates that meet the need: { $fit } of { $here }; the choice is made here.
order-stage-candidate-meets-need = Stage { $n } ({ $name }): no candidate meets the need (candidates here: { $here }); the next stage is tried.
order-ranking-within-stage-cost = Ranking within the stage on cost, strategic importance and delivery ability (weights { $weights }, candidates: { $count }); { $candidate } comes first with total score { $score }.
order-supplier-choose-candidate-meets = No supplier to choose: no candidate meets the need.

## justify

justify-justification-s-text-empty = the justification's text must not be empty
justify-blocking-problem-needs-evidence = a blocking problem (§5.6) needs evidence, not a justification

## definitions

definitions-continuous-improvement-innovation-lacks = Continuous improvement, not innovation: it lacks the required degree of novelty.
definitions-idea-becomes-innovation-only = An idea: it becomes an innovation only once it is put into practice and creates value.
definitions-new-practice-but-value = New and in practice, but no value is shown; the value need not be money.
definitions-innovation-new-or-substantially = An innovation: new or substantially improved, in practice, and creating value.

## benefit

benefit-assessment-benefit-whole-council = An assessment of the benefit to the whole council exists before the decision.
benefit-council-wide-benefit-assessment = No council-wide benefit assessment, but this variant's materiality threshold ({ $amount }) exempts the case (total cost { $amount2 }). Make the assessment anyway where it adds something.
benefit-assessment-benefit-whole-council-2 = No assessment of the benefit to the whole council has been made. It must always precede the decision: the route below is provisional until it exists.
benefit-council-wide-benefit-assessment-2 = The council-wide benefit assessment is missing: the decision is blocked and the route provisional.
benefit-benefit-assessment-dated-after = The benefit assessment is dated { $assessed }, after the decision on { $decided }. The assessment must come before the decision: the route below is provisional until an assessment precedes it.
benefit-benefit-assessment-made-after = The benefit assessment was made after the decision and does not precede it: the decision is blocked and the route provisional.
benefit-unit-s-wish-also = The unit's wish, { $wished }, is also what the policy selects.
benefit-unit-wishes-but-benefit = The unit wishes for { $wished }, but the benefit to the whole council comes before one unit's wish: { $parts }.
benefit-unit-s-wish-selected = The unit's wish, { $wished }, is not selected: { $parts }.
benefit-does-cover = it does not cover { $list }
benefit-development-other-regions-comes = development with other regions comes before development alone
benefit-candidate-earlier-stage-meets = a candidate of an earlier stage ({ $origin }) meets the need
benefit-ranks-cost-strategic-importance = it ranks { $count } on cost, strategic importance and delivery ability

## in_force

in_force-case-has-decision-date = The case has no decision date (`decided_on`): it was decided under the whole pack, every document applied.

## scope

scope-policy-applies-directly-overrides = The policy applies directly and overrides local governing documents on innovation, IT and digitalisation.
scope-policy-applies-through-agreement = The policy applies through the agreement with the council.
scope-policy-covers-contractor-but = The policy covers the contractor, but the agreement lacks a clause on it: the agreement must carry the policy.
scope-policy-covers-contractor-through = The policy covers the contractor through the agreement; it is not known whether the agreement carries it.
scope-policy-does-apply-activity = The policy does not apply to activity the council does not finance.
scope-case-names-organisation-assumed = The case names no organisation; it is assumed to be within the policy.
scope-council-owns-activity-policy = The council owns the activity; the policy applies directly.
scope-private-contractor-runs-activity = A private contractor runs the activity; the policy applies through the agreement.
scope-council-does-finance-activity = The council does not finance the activity; the case is not decided under the policy.
scope-policy-does-apply-council = The policy does not apply: the council does not finance the activity, so the case is not decided under it. No route, ranking or deviation is given.
scope-does-apply-council-does = Does not apply: the council does not finance the activity (policy §2).

## principles

principles-does-apply-case = Does not apply to this case.
principles-known-whether-principle-applies = Not known whether the principle applies: `{ $field }` is missing.
principles-met = Not met: { $unmet }.
principles-evidence-missing = Evidence missing: { $missing }.
principles-met-2 = Met.

## request

request-year-from = a year from 1 to 9999
request-leave-input-empty = leave the input empty

## whatif

whatif-same-route-selection-status = Same route, selection and status.
whatif-case-invalid = The case is invalid.

## sensitivity

sensitivity-change-single-weight-within = No change of a single weight within 0–10× changes the selection within the stage.

## compile

compile-every-clause-digipolicy-rules = every clause in `digipolicy::rules::clauses::CITED` must be in the pack
compile-add-document-documents = add the document to `documents`
compile-e-g-policy = e.g. `policy:5.9`
compile-weights-all-zero = the weights are all zero
compile-give-least-one-criterion = give at least one criterion a positive weight
compile-empty = must not be empty
compile-every-text-needs-both = every text needs both Swedish (`sv`) and English (`en`)
compile-weights-compared-exactly-thousandths = weights are compared exactly, in thousandths

## registry

registry-give-them-effective-dates = give them effective dates that do not overlap
registry-give-case-decided-or = give the case a `decided_on`, or pass `as_of`
registry-registry-holds-pack = the registry holds no pack

## regional

regional-vision-value-or-focus = vision value or focus area ids repeat
regional-steps-run = steps must run 1, 2, 3, …

## memo

memo-version = version

## accounts

accounts-requests = Requests
accounts-route-house = Route: in-house
accounts-route-procure-from-market = Route: procure from the market
accounts-route-co-development-other = Route: co-development with other regions
accounts-route-own-development = Route: own development
accounts-candidate-met-need = No candidate met the need
accounts-out-scope = Out of scope (§2)
accounts-share-house-reuse = Share of in-house reuse
accounts-share-co-development-development = Share of co-development in development
accounts-blocked-decisions = Blocked decisions (§5.6)
accounts-justified-deviations = Justified deviations
accounts-open-deviations = Open deviations
accounts-cost-choices-above-cheapest = Cost of the choices above the cheapest alternative that met the need
accounts-decisions-dearer-than-cheapest = Decisions dearer than the cheapest alternative
accounts-requests-concerning-innovation = Requests concerning innovation
accounts-innovations-decided-practice = Innovations decided for practice (§3)
accounts-which-co-developed-other = of which co-developed with other regions
accounts-quarter = Quarter
accounts-out-scope-2 = out of scope
