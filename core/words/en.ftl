# The wording catalogue: everything digipolicy says to a person, in English.
# The format is a subset of Project Fluent (FTL); see core/words/README.md.


## clauses: how a person cites them (the form reads `cite-<document>` too)

cite-policy = the policy § { $section }
cite-digitalisation-strategy = the digitalisation strategy section { $section }
cite-innovation-strategy = the innovation strategy section { $section }

## names of routes and stages

route-in_house = in-house
route-market = procure from the market
route-co_development = co-development with other regions
route-own_development = own development
route-no_candidate = no candidate meets the need
stage-in_house = in-house
stage-market = market
stage-development = development
order-horizon-from-case = from the case
order-horizon-from-pack = the policy pack's default
condition-new_e_service = whether the case is a new e-service
condition-concerns_innovation = whether the decision concerns innovation (a new or substantially improved solution, §3)
condition-test_environment_benefit = whether a test environment would bring clear benefit to the operation and its users
alignment-inferred = { $title } (inferred link)
alignment-how-why = How: { $how }. Why: { $why }.

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

## the reader's errors (input/messages.rs): for developers, values in code marks

reader-unknown-field = unknown field { $value }
reader-unknown-value = unknown value { $value }
reader-missing-field = missing field { $field }
reader-duplicate-field = duplicate field { $field }
reader-list-length = a list of { $count } items has the wrong length
reader-invalid-value = { $detail }
reader-json-eof = the text ends in the middle of the JSON value
reader-json-expected-value = a JSON value was expected here
reader-json-expected-word = an unknown word; JSON has only `true`, `false` and `null`
reader-json-expected-comma-or-brace = expected `,` or `{ "}" }` here
reader-json-expected-comma-or-bracket = expected `,` or `]` here
reader-json-expected-colon = expected `:` here
reader-json-trailing-characters = text after the JSON value
reader-json-trailing-comma = a trailing comma
reader-json-key-must-be-string = a key must be a quoted string
reader-json-invalid-escape = an invalid escape sequence
reader-json-invalid-number = an invalid number
reader-json-number-out-of-range = a number out of the range a JSON reader can represent
reader-json-control-character = a control character inside a string; write it as `\u00XX`
reader-json-invalid-unicode = an invalid Unicode escape
reader-invalid-json = invalid JSON: { $what }
reader-json-stops = the text stops being JSON at line { $line }, column { $column }
reader-allowed-are = allowed are { $list }
reader-did-you-mean = did you mean { $list }
reader-wrong-type = wrong type: { $found }, expected { $wanted }
reader-out-of-range = { $found } is out of range
reader-found-text = the text { $value }
reader-found-whole = the whole number { $value }
reader-found-number = the number { $value }
reader-found-value = { $value }
reader-found-list = a list
reader-found-object = an object
reader-wanted-answers = an object of `true`/`false` answers
reader-wanted-whole = a whole number
reader-wanted-number = a number
reader-wanted-text = text
reader-wanted-bool = `true` or `false`
reader-wanted-list = a list
reader-wanted-object = an object
reader-wanted-one-of = one of the allowed values
reader-wanted-other = another kind of value

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

order-gap-not-ranked = { $count ->
    [one] { $candidate } ({ $stage }) lacks the requirement { $missing } and so is not ranked.
   *[other] { $candidate } ({ $stage }) lacks the requirements { $missing } and so is not ranked.
}
order-gap-would-come-first = { $count ->
    [one] { $candidate } ({ $stage }) would come before the selected candidate if it also met the requirement { $missing }.
   *[other] { $candidate } ({ $stage }) would come before the selected candidate if it also met the requirements { $missing }.
}
order-gap-commission = { $count ->
    [one] { $candidate } ({ $stage }) lacks the requirement { $missing }; development can be commissioned for just that gap.
   *[other] { $candidate } ({ $stage }) lacks the requirements { $missing }; development can be commissioned for just that gap.
}

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
order-ranking-within-stage-cost = Ranking within the stage on cost, strategic importance and delivery ability (weights { $weights }, candidates: { $count }); { $candidate } comes first.
order-supplier-choose-candidate-meets = No supplier to choose: no candidate meets the need.

## justify

justify-unknown-candidate = the justification names the candidate { $candidate }, which the case does not have
justify-repeated = the same justification is already given as `justifications[{ $first }]`
justify-blocking-cannot-be-justified = a blocking problem cannot be justified
justify-information-needs-none = an information finding needs no justification

justify-justification-s-text-empty = the justification's text is empty or has no visible character
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
benefit-does-cover = { $count ->
    [one] it does not meet the requirement { $list }
   *[other] it does not meet the requirements { $list }
}
benefit-development-other-regions-comes = development with other regions comes before development alone
benefit-candidate-earlier-stage-meets = a candidate of an earlier stage ({ $origin }) meets the need
benefit-ranks-cost-strategic-importance = it ranks { $count } on cost, strategic importance and delivery ability

## in_force

in_force-case-has-decision-date = The case has no decision date: it was decided under the whole pack, every document applied.

in_force-ceased = Does not apply: { $document } ceased to apply on { $date }.
in_force-until = { $document } (until { $date })
in_force-lapsed = The case is dated after these documents ceased to apply; their rules are not applied: { $documents }.
in_force-applied-until = { $document } applied until { $date }; its rules are not applied to the case.
in_force-as-of = The case has no decision date; the date given when it was decided, { $date }, is used as the decision date.

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
principles-known-whether-principle-applies = Not known whether the principle applies; the question that settles it: { $question }
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

whatif-route = route { $from } → { $to }
whatif-selection = selection { $from } → { $to }
whatif-selection-ranked = selection { $from } → { $to } ({ $from } rank { $rank })
whatif-status = status { $from } → { $to }
whatif-reason = { $changes }; because { $because }.
sensitivity-changes = The selection changes if the { $name } weight moves from { $from } to { $to } ({ $factor }×): then { $winner } is selected.

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

memo-matter-for-unit = { $unit } asks for new IT support: { $title }.
memo-matter = The case concerns new IT support: { $title }.
memo-summary-selected = The administration proposes { $candidate } ({ $route }).
memo-summary-meeting = Of { $total } alternatives evaluated, { $count } meet the need.
memo-summary-deviations = The case deviates from the policy on { $count } points, { $open } of them without a justification yet.
memo-benefit-done-on = A council-wide benefit assessment (§5.6) was made on { $date }{ $summary }.
memo-benefit-done = A council-wide benefit assessment (§5.6) was made{ $summary }.
memo-benefit-not-done = No council-wide benefit assessment (§5.6) has been made.
memo-benefit-not-said = The case does not say whether a council-wide benefit assessment (§5.6) was made.
memo-must = must
memo-should = should
memo-yes = yes
memo-no = no
memo-stage-with = { $stage }, with { $partners }
memo-weights = Within the stage, the alternatives that meet the need are ranked on cost, strategic importance and ability to deliver, weighted { $cost }:{ $strategic }:{ $delivery } (§5.9).
memo-economics-cheapest = It is the cheapest alternative that meets the need: the choice costs nothing extra.
memo-economics-none = No alternative is selected; the costs over { $years } years are shown for comparison.

memo-version = version

## accounts

accounts-percentage-points = { $points } percentage points

accounts-requests = Requests
accounts-route-house = Route: in-house
accounts-route-procure-from-market = Route: procure from the market
accounts-route-co-development-other = Route: co-development with other regions
accounts-route-own-development = Route: own development
accounts-candidate-met-need = Route: no candidate met the need (development, preferably with other regions)
accounts-out-scope = Out of scope (§2)
accounts-share-house-reuse = Share of in-house reuse
accounts-share-co-development-development = Share of co-development in development
accounts-blocked-decisions = Blocked decisions (§5.6)
accounts-justified-deviations = Justified deviations
accounts-open-deviations = Open deviations
accounts-cost-choices-above-cheapest = Price of the order: choices above the cheapest alternative in a later stage
accounts-decisions-dearer-than-cheapest = Decisions dearer than a later stage's cheapest alternative
accounts-requests-concerning-innovation = Requests concerning innovation
accounts-innovations-decided-practice = Innovations decided for practice (§3)
accounts-which-co-developed-other = of which co-developed with other regions
accounts-quarter = Quarter
accounts-out-scope-2 = out of scope

## documents (the templates read these as `t.<name>`: `doc-memo_title` is `t.memo_title`)

doc-accounts_title = Yearly accounts of decisions on IT support
doc-alternative = Alternative
doc-alternatives = The alternatives and their ranking (§5.9)
doc-background = Background
doc-case = Case
doc-change = Change
doc-clause = Clause
doc-comment = Comment
doc-date = Date
doc-deviations = Obstacles, deviations and their justifications
doc-digitalisation_accounts = Digitalisation accounts
doc-economics = Economic consequences
doc-findings = Findings
doc-innovation_accounts = Innovation accounts
doc-justification = Justification
doc-lacks = Lacks must-requirements
doc-measure = Measure
doc-meets_need = Meets the need
doc-memo_title = Decision memo
doc-met = Met
doc-missing_evidence = Evidence still to be supplied
doc-name_in_print = Name and title in print
doc-no_deviations = No obstacles or deviations.
doc-no_missing = No evidence is missing.
doc-not_applicable = Not applicable
doc-not_known = Not known
doc-not_met = Not met
doc-notes = Other observations
doc-one_off = One-off cost
doc-order = The assessment step by step
doc-outcome = Outcome
doc-per_clause = Per clause
doc-policy = Policy pack
doc-prepared_with = Prepared with digipolicy
doc-principle = Principle
doc-principles = The principles
doc-proposal = Proposed decision
doc-rank = Rank
doc-requirement = Requirement
doc-requirements = The requirements of the need
doc-review = The principles (§2, §5.1–5.9 and the strategies)
doc-route = Route
doc-routes_by_quarter = Routes per quarter
doc-score = Total score
doc-selected_mark = selected
doc-selected_short = Selected
doc-signature = Signature
doc-stage = Stage
doc-summary = Summary
doc-tco_over = Total cost over
doc-year = Year
doc-yearly = Yearly cost
doc-years = years

## questions: what a form asks for each piece of evidence (`ask-`), a line of help (`help-`), and what an answer means, said once per group (`group-`)

ask-evidence-citizen_need_described = Is the citizens' need described, and is it that need that drives the case?
help-evidence-citizen_need_described = Describe which of the citizens' needs the solution is to meet.
ask-evidence-citizen_facing = Is the service for citizens?
help-evidence-citizen_facing = Then the goal that citizens' first contact can be digital applies.
ask-evidence-digital_communication_first = Do you communicate digitally first, internally and externally, where it suits?
help-evidence-digital_communication_first = For example notices, appointments and replies digitally instead of on paper.
ask-evidence-digital_first_contact = Can citizens make their first contact digitally?
help-evidence-digital_first_contact = For example booking, asking or registering through 1177 or an app.
ask-evidence-users_involved_early = Have staff and citizens been involved early in the work?
help-evidence-users_involved_early = For example in the needs analysis, workshops or tests of prototypes.
ask-evidence-staff_time_and_mandate = Do staff have time and a mandate to contribute to the development?
help-evidence-staff_time_and_mandate = It decides whether the operation's ideas can be taken up.
ask-evidence-standards_applied = Are established standards used?
help-evidence-standards_applied = For example national standards for exchanging information.
ask-evidence-open_interfaces = Does the solution offer open interfaces as far as possible?
help-evidence-open_interfaces = Open interfaces let other systems fetch and deliver information.
ask-evidence-external_collaboration = Do you collaborate with academia, industry or municipalities?
help-evidence-external_collaboration = Collaboration outside the council is something the policy encourages.
ask-evidence-implementation_plan = Is there an early plan for how the solution is to be introduced and spread?
help-evidence-implementation_plan = The plan should exist when the work starts, not only at delivery.
ask-evidence-commercialisation_applicable = Could the solution become something others buy or use (commercialisation)?
help-evidence-commercialisation_applicable = Answer no if the solution can only be used inside the council.
ask-evidence-commercialisation_considered = Have you considered commercialising the solution?
help-evidence-commercialisation_considered = For example licensing it or sharing it with other regions.
ask-evidence-information_quality = Does the information keep a high quality throughout its life?
help-evidence-information_quality = Correct, complete and current from when it is created until it is disposed of.
ask-evidence-information_available = Is the information available at the times the operation needs it?
help-evidence-information_available = Think of evenings, weekends and outages.
ask-evidence-information_classified = Is the information classified and protected by how sensitive it is?
help-evidence-information_classified = The classification weighs sensitivity, business value, risk and legal requirements.
ask-evidence-fetched_at_source = Is the information fetched where it arises, digitally where possible?
help-evidence-fetched_at_source = For example straight from the medical record instead of being copied by hand.
ask-evidence-entered_once = Does the same information need to be entered only once?
help-evidence-entered_once = No one should have to give the same information twice.
ask-governing_documents-information_security = Have you taken the council's governing documents on information security into account?
help-governing_documents-information_security = The governing documents apply alongside the policy.
ask-governing_documents-innovation = Have you taken the council's governing documents on innovation into account?
help-governing_documents-innovation = The governing documents apply alongside the policy.
ask-governing_documents-sustainability = Have you taken the council's governing documents on sustainability into account?
help-governing_documents-sustainability = The governing documents apply alongside the policy.
ask-governing_documents-staffing_and_competence = Have you taken the council's governing documents on staffing and competence into account?
help-governing_documents-staffing_and_competence = The governing documents apply alongside the policy.
ask-governing_documents-accessibility = Have you taken the council's governing documents on accessibility into account?
help-governing_documents-accessibility = The governing documents apply alongside the policy.
ask-governing_documents-digitalisation = Have you taken the council's governing documents on digitalisation into account?
help-governing_documents-digitalisation = The governing documents apply alongside the policy.
ask-governing_documents-research_development_education = Have you taken the council's governing documents on research, development and education into account?
help-governing_documents-research_development_education = The governing documents apply alongside the policy.
ask-governing_documents-governance_and_management = Have you taken the council's governing documents on governance and management into account?
help-governing_documents-governance_and_management = The governing documents apply alongside the policy.
ask-evidence-new_e_service = Is the case about a new e-service?
help-evidence-new_e_service = Then the questions on the e-service's qualities are asked.
ask-e_service-in_demand = Is the e-service in demand by those it is for?
help-e_service-in_demand = For example shown by a survey or by how many ask for it.
ask-e_service-user_friendly = Is the e-service easy to use?
help-e_service-user_friendly = Preferably tried with real users.
ask-e_service-robust = Does the e-service withstand faults and disruptions without losing data?
help-e_service-robust = This is what makes a service robust.
ask-e_service-scalable = Can the e-service grow as more people start using it?
help-e_service-scalable = This is what makes a service scalable.
ask-e_service-secure = Is the e-service secure?
help-e_service-secure = For example secure log-in and protection against intrusion.
ask-e_service-highly_available = Is the e-service available around the clock, with few outages?
help-e_service-highly_available = This is called high availability.
ask-e_service-languages = In which languages is the e-service offered?
help-e_service-languages = Give language codes separated by commas, for example sv, en, ar.
ask-e_service-privacy_preserving = Does the e-service protect personal privacy?
help-e_service-privacy_preserving = For example that it collects only the information it needs.
ask-e_service-accessible = Can people with disabilities use the e-service?
help-e_service-accessible = For example with a screen reader or with a keyboard alone.
ask-evidence-concerns_innovation = Does the decision concern innovation, that is a new or substantially improved solution?
help-evidence-concerns_innovation = Then the innovation strategy applies and its questions are asked.
ask-evidence-contracts_drive_innovation = Do contracts and payment models with the supplier drive innovation, where the need calls for it?
help-evidence-contracts_drive_innovation = For example payment for results instead of for hours.
ask-evidence-test_environment_benefit = Would a test environment bring clear benefit to the operation and its users?
help-evidence-test_environment_benefit = Then a test environment is to be offered.
ask-evidence-test_environment_offered = Is a test environment offered?
help-evidence-test_environment_offered = A place where the solution can be tried before it is introduced.
ask-benefit_assessment-done = Has the benefit to the whole council been assessed?
help-benefit_assessment-done = The assessment must always be made before anything is decided.
ask-benefit_assessment-done_on = On which date was the benefit assessment made?
help-benefit_assessment-done_on = The assessment must be made before the day of the decision.
ask-candidates-allows_new_solutions = Does the procurement ask for or allow new solutions?
help-candidates-allows_new_solutions = The procurement must at least allow new solutions.
ask-candidates-innovation_considered = Was the innovation perspective taken into account when the candidate was assessed?
help-candidates-innovation_considered = A no is a deviation that needs a justification.
ask-organisation-agreement_binds_policy = Does the agreement with the contractor carry the policy?
help-organisation-agreement_binds_policy = A private contractor is covered by the policy through the agreement.
group-shall = A no to a must question is a deviation that needs a justification.
group-should = A no to a should question becomes a piece of advice.
group-goal = A no to a question on a goal is noted as information.
group-condition = The answer to the first question decides whether the rest apply.
group-unknown = If you do not know, the question is shown as missing evidence.

doc-plot_routes_by_quarter = Routes per quarter
doc-plot_out_of_scope = out of scope
doc-plot_outcome_per_clause = Outcome per clause
doc-plot_digitalisation = digitalisation
doc-plot_innovation = innovation
doc-plot_justified = justified
doc-plot_open = open
doc-plot_deviations = Deviations

## the CLI's text report (cli/src/report.rs)

cli-line-too-long = line { $line } is longer than { $max } bytes, the limit of a line (`max_input_bytes`); the line is skipped
cli-line-not-utf8 = line { $line } is not UTF-8 (error at byte { $at })
cli-more-problems = … and { $count } more problems
cli-case = Case
cli-cost-counted-over = cost counted over
cli-years = years
cli-status = Status
cli-decision-date = Decision date
cli-given-when-run = given when run
cli-route = Route
cli-selected = Selected
cli-how-case-was-tried = How the case was tried
cli-ranking = Ranking
cli-rank = rank
cli-candidate = candidate
cli-stage = stage
cli-meets-need = meets need
cli-tco = TCO
cli-cost = cost
cli-strategy = strategy
cli-delivery = delivery
cli-total = total
cli-missing = missing
cli-co-development = co-development
cli-yes = yes
cli-no = no
cli-together = together with
cli-findings = Findings
cli-justified = justified
cli-deviations-not-yet-justified = Deviations not yet justified
cli-what-would-change-outcome = What would change the outcome
cli-lacks = lacks
cli-evidence-needed-before-decision = Evidence needed before the decision
cli-met = met
cli-not-met = not met
cli-not-known = not known
cli-not-applicable = not applicable
cli-principles = Principles
cli-met-2 = met
cli-not-met-2 = not met
cli-not-known-2 = not known
cli-not-known-3 = not known
cli-not-applicable-2 = not applicable
cli-what-would-settle-what = What would settle what is not known
cli-organisation = Organisation
cli-policy-applies = The policy applies
cli-overrides-local-governing-documents = Overrides local governing documents
cli-outcome = Outcome
cli-initiative = Initiative
cli-class = Class
cli-cases = cases
cli-route-changed = route changed
cli-selection-changed = selection changed
cli-status-changed = status changed
cli-invalid = invalid
cli-selected-2 = selected
cli-criterion = criterion
cli-weight = weight
cli-threshold = threshold
cli-factor = factor
cli-new-selection = new selection
cli-strategy-2 = Strategy
cli-note = note
cli-tracing-no-focus-area = Tracing to no focus area
cli-focus-areas-no-initiative = Focus areas no initiative serves

## the request form (bindings-wasm/www: `t("key")` reads `form-key`)

form-skip = Skip to the decision
form-heading = Request for new IT support
form-intro = Describe the need, the requirements and the alternatives step by step. The decision under the policy shows as you go, and you check your answers before you send.
form-toggle = På svenska
form-example = Example
form-load = Open the example
form-open_file = Open a saved case
form-new_request = Start again with an empty request
form-download_case = Save the case (JSON)
form-download_decision = Save the decision (JSON)
form-print_memo = Decision memo to print
form-memo_loading = Preparing the decision memo …
form-memo_opened = The decision memo opened in a new tab; print it from there.
form-memo_blocked = The browser blocked the new tab; the decision memo was downloaded instead.
form-memo_invalid = Correct the mistakes in the request before a decision memo can be made.
form-draft_restored = Your saved draft has been restored.
form-file_opened = The case is open.
form-file_invalid = The file is not a case in JSON.
form-summary_heading = The decision now
form-details_heading = The decision in detail
form-to_details = Check the whole decision
form-step_need = The need
form-step_benefit = The benefit to the whole council (§ 5.6)
form-step_candidates = The alternatives
form-step_principles = The principles
form-case_title = What is needed?
form-case_title_hint = One sentence about the need, for example “Video consultations in primary care”.
form-case_id = Case number
form-case_id_hint = The registry number or another reference, for example 2025-017.
form-case_unit = Unit (optional)
form-case_horizon = Cost period in years (optional)
form-case_horizon_hint = How many years the costs are counted over. Empty: the policy's default, 5 years.
form-req_heading = Requirements
form-req_hint = A must-requirement has to be met for an alternative to meet the need. A should-requirement only affects the ranking.
form-requirement = Requirement
form-req_id = Short name of the requirement
form-req_id_hint = Lower case without spaces, for example bankid.
form-req_text = Description (optional)
form-level = Level
form-must = Must – has to be met
form-should = Should – affects the ranking
form-add_requirement = Add a requirement
form-benefit_hint = The policy requires an assessment of the benefit to the whole council before anything is decided.
form-benefit_done = Has the benefit to the whole council been assessed?
form-benefit_on = Date of the assessment (optional, YYYY-MM-DD)
form-benefit_summary = What the assessment found (optional)
form-cand_hint = What the council already has comes first, then the market, last development – preferably with other regions (§ 5.9). Add each alternative on its own.
form-candidate = Alternative
form-cand_name = Name
form-cand_id = Short name (id)
form-origin = Where is the alternative?
form-in_house = Already in the council
form-market = On the market
form-development = Has to be developed
form-partners = Regions developing together (optional, comma-separated)
form-partners_hint = Name or code, for example Region Skåne or SE-M.
form-covers = Which requirements does it meet?
form-one_off = One-off cost in kronor
form-yearly = Yearly cost in kronor
form-money_hint = Whole kronor, for example 150,000.
form-strategic = Strategic importance
form-delivery = Ability to deliver
form-score_hint = 1 = low, 5 = high
form-innovation = Has the innovation perspective been weighed in?
form-allows_new = Does the procurement ask for or allow new solutions?
form-add_candidate = Add an alternative
form-preferred = The unit's preferred alternative (optional)
form-none = None
form-remove = Remove
form-principles_hint = Answer yes, no or don't know. What you don't know shows as evidence still missing.
form-languages = Languages (comma-separated, for example sv, en, ar)
form-yes = Yes
form-no = No
form-dont_know = Don't know
form-error_title = There is a problem
form-error_prefix = Error:
form-not_whole_years = Enter the number of years using digits, for example 5
form-stale = Not updated: the decision is for your earlier answers until the details are complete.
form-no_decision = Correct the mistakes to see the decision.
form-status = Status
form-route = Route
form-selected = Selected alternative
form-open_deviations = Deviations without a justification
form-still_missing = Evidence still missing
form-and_more = and { $count } more
form-severity_means-blocking = must be remedied before the decision
form-severity_means-deviation = needs a justification
form-severity_means-advice = { "" }
form-severity_means-info = { "" }
form-justified = Justified
form-ranking = Ranking
form-rank = Rank
form-stage = Stage
form-meets = Meets the need
form-tco = Total cost over { $years } years
form-score = Score
form-lacks = Lacks must-requirements
form-findings = Findings
form-review = The principles
form-change = What would change the outcome
form-lacks_short = lacks
form-benefit_question = Has the benefit to the whole council been assessed?
form-candidate_question = { $name }: has the innovation perspective been weighed in?
form-allows_question = { $name }: does the procurement allow new solutions?
form-error_for = { $field } for { $item }
form-error-empty_value = fill it in
form-error-duplicate_id = is already used, choose another name
form-error-unknown_requirement = that requirement no longer exists, untick it
form-error-unknown_candidate = choose one of the alternatives
form-error-empty_requirements = add at least one requirement
form-error-horizon_out_of_range = enter a number of years from 1 to 50
form-error-cost_too_large = the amount is too large
form-error-negative_cost = an amount cannot be negative
form-error-score_out_of_range = choose a value from 1 to 5
form-error-unknown_partner = give the region's name or code, for example Region Skåne or SE-M
form-error-invalid_partner = give each region once, and not the council's own
form-error-limit = the text is too long
form-error-date = write the date as year-month-day, for example 2025-03-01
form-error-other = check the value
form-one_off_empty = Enter the one-off cost of { $item } in kronor, for example 150,000 (0 if it costs nothing)
form-yearly_empty = Enter the yearly cost of { $item } in kronor, for example 12,000 (0 if it costs nothing)
form-one_off_not_whole = Write the one-off cost of { $item } in whole kronor using digits, for example 150,000
form-yearly_not_whole = Write the yearly cost of { $item } in whole kronor using digits, for example 12,000
form-error_field = the field
form-co_development = co-development

## the parts of the principles: what each piece of evidence says (the review's evidence labels)

part-evidence-citizen_need_described = the citizens' need is described and drives the case
part-evidence-digital_first_contact = the goal that citizens can make their first contact digitally
part-evidence-citizen_facing = whether the service faces citizens (then the goal of a digital first contact applies)
part-evidence-digital_communication_first = where appropriate the council communicates digitally first, internally and externally
part-evidence-users_involved_early = staff and citizens are involved early
part-evidence-staff_time_and_mandate = staff have time and mandate to contribute
part-evidence-standards_applied = established standards are used
part-evidence-open_interfaces = open interfaces are offered as far as possible
part-evidence-external_collaboration = collaboration with academia, industry or municipalities
part-evidence-implementation_plan = an implementation and dissemination plan exists early
part-evidence-commercialisation_considered = commercialisation was considered
part-evidence-commercialisation_applicable = whether commercialisation is applicable
part-evidence-information_quality = the information keeps a high quality over its whole life cycle
part-evidence-information_available = the information is available when the operation asks for it
part-evidence-information_classified = the information is protected by protection value, business perspective, risk and legal requirements
part-evidence-fetched_at_source = the information is fetched at the source, digitally where possible
part-evidence-entered_once = the goal that the same information is entered only once
part-governing_documents-information_security = the governing documents on information security
part-governing_documents-innovation = the governing documents on innovation
part-governing_documents-sustainability = the governing documents on sustainability
part-governing_documents-staffing_and_competence = the governing documents on staffing and competence
part-governing_documents-accessibility = the governing documents on accessibility
part-governing_documents-digitalisation = the governing documents on digitalisation
part-governing_documents-research_development_education = the governing documents on research, development and education
part-governing_documents-staffing_and_competence-2 = the governing documents on staffing and competence
part-governing_documents-governance_and_management = the governing documents on governance and management
part-e_service-in_demand = in demand
part-e_service-user_friendly = user-friendly
part-e_service-robust = robust
part-e_service-scalable = scalable
part-e_service-secure = secure
part-e_service-highly_available = highly available
part-e_service-languages = offered in several languages
part-e_service-privacy_preserving = privacy-preserving
part-e_service-accessible = accessible to people with disabilities
part-evidence-test_environment_offered = a test environment is offered
part-benefit_assessment-done = the benefit to the whole council is assessed before the decision
part-evidence-contracts_drive_innovation = contracts and payment models with the provider drive innovation where the need calls for it
part-organisation-agreement_binds_policy = the agreement binds the contractor to the policy

## developers' errors and other messages with values (moved from format! in code)

check-holds-invisible-or-control = { $what } { $id } holds the invisible or control character U+{ $value }
check-empty = { $what } must not be empty
check-list-has-len-items = the list has { $count } items, more than { $max } (`{ $name }`)
check-horizon-outside-years = horizon { $horizon } is outside 1–50 years
check-requirement-appears-twice = requirement { $id } appears twice
check-candidate-appears-twice = candidate { $id } appears twice
check-score-outside = score { $value } is outside 1–5
check-partners-only-development = partners are only for a development, not for { $origin }
check-names-same-region-partners = { $name } names the same region as `partners[{ $first }]`, { $region }
check-unknown-requirement = unknown requirement { $req }
check-did-you-mean-list = did you mean { $list }
check-requirement-listed-twice = requirement { $req } is listed twice
check-cost-negative = cost { $value } is negative
check-cost-too-large = cost { $value } is too large
check-unknown-candidate = unknown candidate { $preferred }
check-total-cost-ownership-horizon = total cost of ownership { $one_off } + { $yearly } × { $horizon } years overflows
check-field-empty = the { $field } must not be empty
what-case-id = the case id
what-title = the title
what-requirement-id = a requirement id
what-candidate-id = a candidate id
what-candidate-name = a candidate name
what-partner = a partner
what-language = a language

## developers' errors and other messages with values (moved from format! in code)

compile-decision-date-before-pack = the decision date { $date } is before pack { $id } came into force on { $value }
compile-decision-date-after-pack = the decision date { $date } is after pack { $id } ceased to apply on { $to }
compile-pack-id-force-date = pack { $id } is not in force on { $date }
compile-document-appears-twice = document { $id } appears twice
compile-clause-appears-twice = clause { $id } appears twice
compile-pack-lacks-clause-which = the pack lacks clause { $cited }, which a rule cites
compile-clause-names-unknown-document = clause { $id } names unknown document { $doc }
compile-clause-id-form-document = clause id { $id } is not of the form `document:section`
compile-default-horizon-shown-outside = default horizon { $shown } is outside 1–50 years
compile-threshold-outside-kronor = threshold { $t } is outside 0–9007199254740991 kronor
compile-superseded-document-decided-d = a superseded document decided on { $d } is not earlier than the pack ({ $value })
compile-ends-before-starts-from = it ends on { $to }, before it starts on { $value }
compile-lang-wording-missing = the `{ $lang }` wording is missing
compile-weight-shown-negative = weight { $shown } is negative
compile-weight-shown-above = weight { $shown } is above 1000
compile-weight-shown-has-more = weight { $shown } has more than three decimals
request-unknown-value-shown = unknown value { $shown }
request-one-allowed = one of { $allowed }
request-operation-needs-path = `{ $operation }` needs `{ $path }`
request-example-example = for example { $example }
request-name-does-apply-operation = `{ $name }` does not apply to `{ $operation }`
request-applies-list = it applies to { $list }
request-shown-year = { $shown } is not a year
request-unknown-operation-shown = unknown operation { $shown }
request-one-list = one of { $list }
request-operation-reads-input = `{ $operation }` reads no input
record-invalid-json-e = invalid JSON: { $e }
record-status-b = status { $a } → { $b }
record-route-b = route { $a } → { $b }
record-selected-b = selected { $a } → { $b }
record-findings-b = findings [{ $a }] → [{ $b }]
regions-iso-se-code = { $code } is not an ISO 3166-2:SE code
regions-also-names-regions-other = { $key } also names `regions[{ $other }]`
regions-code-one-pack-s = { $code } is not the code of one of the pack's `regions`
regions-deciding-council-s-own = { $given } is the deciding council's own region, { $name } ({ $code })
regions-did-you-mean-list = did you mean { $list }
regions-shown-one-sweden-s = { $shown } is not one of Sweden's regions
scan-input-bytes-over-limit = the input is { $json } bytes, over the limit of { $max_input_bytes } (`max_input_bytes`)
scan-input-nests-deeper-than = the input nests deeper than { $depth } levels
scan-list-has-more-than = the list has more than { $max_items } items (`{ $limit }`)
scan-string-longer-than-characters = a string is longer than { $max_string_chars } characters (`max_string_chars`)
scan-duplicate-field = duplicate field { $key }
registry-packs-b-both-force = packs { $a } and { $b } are both in force on some day
registry-case-has-decided-registry = the case has no `decided_on` and the registry holds { $packs } packs
registry-packs-both-force-date = packs { $id } and { $id2 } are both in force on { $date }
registry-policy-pack-force-date = no policy pack is in force on { $date }
parameters-one-list = one of { $list }
parameters-unknown-parameter-shown = unknown parameter { $shown }
parameters-shown-form-name-value = { $shown } is not of the form `name=value`
parameters-value-name-number-true = the value of { $name } is not a number, `true`, `false` or `null`
regional-field-empty = the { $field } must not be empty
regional-unknown-focus-area = unknown focus area { $area }
regional-one-list = one of { $list }
ffi-unknown-schema-shown = unknown schema { $shown }
ffi-one-list = one of { $list }
error-internal-error-what = internal error: { $what }
date-date = { $value } is not a date
justify-justification-what-but-decision = the justification is for { $what }, but the decision has no such deviation
regional-unknown-note = unknown note { $id }
documents-document-template-failed-what = a document template failed: { $what }
regional-what-vision-value = vision value
regional-what-focus-area = focus area
regional-what-note = note
regional-unknown = unknown { $what } { $id }
compile-superseded-applied = on that date the superseded documents applied, which this library does not encode: { $documents }
scope-agreement-lacks-policy = The contractor's agreement does not carry the policy; the policy binds a contractor only through its agreement, so the agreement needs amending.
scope-agreement-not-shown = The policy binds a contractor only through its agreement, and the case does not show that the agreement carries it.
error-invalid-case = invalid case
error-invalid-policy = invalid policy pack
error-invalid-organisation = invalid organisation
error-invalid-initiative = invalid initiative
error-invalid-record = invalid record
error-internal = internal error
accounts-records = Decision records from { $year }: { $in_year }; from the year before: { $previous_year }; from other years (not counted): { $other_years }; undated (not counted): { $undated }.
record-pack-edited = the record names pack { $id } { $version } with another digest than the pack's: the record or the pack was edited
record-pack-unavailable = the record was made under pack { $id } version { $version }, which is not available here (this is { $have } { $have_version }); verify it with that pack
split-array-not-closed = invalid JSON: the list of records is not closed with `]`
split-not-after-item = invalid JSON: a record in the list must be followed by `,` or `]`
split-at-line = the text stops being a list of records at line { $line }
split-not-utf8 = invalid JSON: the record starting on line { $line } is not UTF-8 text
split-not-an-object = the value on line { $line } is not a decision record (an object)
split-record-over-limit = the record starting on line { $line } is over the limit of { $max_input_bytes } bytes (`max_input_bytes`)
accounts-criteria-cost = What the criteria cost: choices above the cheapest alternative in the same stage
accounts-decisions-criteria-cost = Decisions dearer than the cheapest alternative in their stage
accounts-blocked-2 = blocked
accounts-records-left-out = Of { $given } records given, { $duplicates } repeated an earlier one and were counted once, and { $unverified } did not verify and were left out.
accounts-left-out-duplicate = Record { $record } (case { $case }) is the same request as record { $first } and is counted once
accounts-left-out-unverified = Record { $record } (case { $case }) does not verify and is left out
accounts-left-out-pack = Record { $record } (case { $case }) was made under a policy version not available here and is left out
accounts-left-out-more = { $count ->
    [one] one more record left out, not listed
   *[other] { $count } more records left out, not listed
}
accounts-practice-note = Whether a decided innovation is put into practice is followed up outside the decision records.
doc-left_out = Records left out
doc-plot_blocked = blocked
memo-proposal-intro-to = The administration proposes that { $body } decides
memo-proposal-intro-blank = The administration proposes that ______________ decides
memo-description-need = The need is stated in { $count } requirements, { $must } of them musts; { $candidates } alternatives were evaluated.
memo-basis-memo-on = This memo, { $date }
memo-basis-memo = This memo
memo-basis-benefit = The council-wide benefit assessment (policy § 5.6)
memo-basis-alternatives = The documentation of the alternatives ({ $count })
memo-att-out-of-scope = to handle the matter outside the policy for innovation and digitalisation, since the council does not finance the activity (policy § 2)
memo-att-return = to refer the matter back for completion before it is decided
memo-att-supply-first = that the matter is tried again when what { $what } requires has been supplied
memo-att-choose = to acquire { $candidate } as IT support for { $title } ({ $route })
memo-att-commission = to commission development for { $title }, preferably together with other regions (policy § 5.9), since no alternative meets the need
memo-att-open-deviations = that the { $count } deviations from the policy without a justification are justified or remedied before the acquisition starts
memo-att-accept-justified = to accept the deviations from the policy on the grounds given in the motivation
memo-summary-out-of-scope = The policy does not apply to the activity, so no route is proposed under it.
memo-summary-blocked = The matter cannot be decided yet: what is missing is set out below.
memo-summary-none-fits = No alternative meets the need: development is to be commissioned, preferably with other regions.
memo-summary-no-deviations = No deviation from the policy has been found.
memo-summary-justified = The case deviates from the policy on { $count } points, each with a justification.
memo-environment-not-assessed = No environmental consequences have been assessed in this matter.
memo-deviation-on = { $about }, concerning { $candidate }: { $message }.
memo-deviation = { $about }: { $message }.
memo-deviation-blocking = This must be remedied before the matter can be decided.
memo-deviation-justified = Justification: { $text }
memo-deviation-open = No justification has been given yet.
memo-economics-selected = The proposed alternative costs { $cost } over { $years } years.
memo-economics-order = The order of the policy (§ 5.9) passes over a cheaper alternative in a later stage, { $cheapest } at { $cheapest_cost }: the order costs { $difference }.
memo-economics-criteria = Within its stage the proposal is chosen on cost, strategic importance and ability to deliver over { $cheapest } at { $cheapest_cost }: the criteria cost { $difference }.
doc-diary_number = Reg. no.
doc-case_officer = Case officer
doc-to = To
doc-case_description = Description of the matter
doc-basis = Basis for the decision
doc-motivation = The administration's motivation
doc-route_reason = The route under the policy (§ 5.9)
doc-choice_reason = The choice of alternative
doc-funding = Funding
doc-environment = Environmental consequences
doc-appendix = Appendix: the trial in detail
doc-technical = Technical details
doc-fill_in = to fill in
form-step_memo = Facts for the decision memo (optional)
form-memo_hint = What is left empty prints as a blank line to fill in by hand.
form-memo_organisation = Organisation
form-memo_administration = Administration
form-memo_diary_number = Registry number
form-memo_case_officer = Case officer
form-memo_decision_body = Deciding body (board or committee)
form-memo_funding = Funding
form-memo_environmental_consequences = Environmental consequences
accounts-lead-requests = { $count ->
    [one] In { $year }, one request for IT support was decided.
   *[other] In { $year }, { $count } requests for IT support were decided.
}
accounts-lead-previous = The year before: { $previous }.
accounts-lead-in-house = Of the requests decided on a route, { $share } reused something the council already had.
accounts-lead-co-development = Of the development with a selected alternative, { $share } was done together with other regions.
accounts-lead-blocked = Blocked pending evidence: { $blocked }; outside the policy: { $out_of_scope }.
accounts-lead-deviations = Deviations from the policy with a justification: { $justified }; without: { $open }.
accounts-lead-prices = The policy's order cost { $order } (decisions: { $order_count }), and the choices within a stage on strategic importance and ability to deliver cost { $criteria } (decisions: { $criteria_count }).
accounts-lead-innovation = Requests concerning innovation: { $cases }, of which decided to be put into practice: { $decided }.
accounts-not-known-means = "Not known" means that the case lacked the evidence. The questions most often left unanswered, with the number of requests:
doc-order_cases = The decisions behind the price of the order
doc-criteria_cases = The decisions behind what the criteria cost
doc-cheaper = Cheaper alternative
doc-extra = Extra cost
doc-what_showed = The year in brief
doc-missing_heading = Evidence that was missing
form-memo_signatories = Signatories
form-memo_signatories_hint = One per line: name, title. For example “Karin Berg, director of health care”.
doc-plot_quarter = Quarter
doc-plot_requests = Number of requests
doc-plot_deviation_count = Number of deviations
form-must_first = This must be supplied first
form-provisional_route = Provisional route
form-provisional_selected = Provisional choice
form-case_decided_on = Decision date (optional)
form-case_decided_on_hint = YYYY-MM-DD. The date decides which governing documents apply, and so which questions are asked.
form-lapsed = { $documents } applied until { $date }: their questions are not asked for a matter decided later.
form-org_kind = Who runs the activity? (optional)
form-org_kind_hint = The policy applies to activity the council finances (§ 2).
form-org_none = Not given
form-org_council_administration = An administration of the council
form-org_council_company = A company the council owns
form-org_private_contractor = A private contractor the council finances
form-org_not_council_financed = Activity the council does not finance
form-org_agreement = Does the agreement with the contractor take in the policy?
form-start_heading = Your request
form-more = Examples, saved cases and a new request
form-continue = Save and continue
form-to_tasks = Back to the tasks
form-steps_label = Steps
form-check_heading = Check your answers
form-check_task = Check and send
form-send_heading = Send the request
form-send_hint = When you send, the case and the decision are kept as a decision record, with checksums that show whether anything changes afterwards.
form-send = Send the request
form-sending = Sending …
form-send_failed = The request could not be sent. The decision record is kept in the browser: try again in a while, or save it and send it another way.
form-sent_heading = Your request has been sent
form-download_record = Save the decision record (JSON)
form-error_word = Error
form-progress = You have completed { $done } of { $count } steps.
form-task_done = Completed
form-task_todo = Not started
form-task_error = Needs correcting
form-no_decision_yet = The decision shows here once the need, the requirements and at least one alternative are filled in.
form-change_link = Change
form-not_given = Not given
form-covers_count = meets { $count } of { $total } requirements
form-answered = { $answered } of { $count } questions answered, { $no } with no
form-memo_facts = Facts filled in
form-justify_heading = Deviations to explain
form-justify_intro = A no to a must question is a deviation from the policy. Write why the unit deviates, and the deviation is reported as justified.
form-justify_label = Justification of the deviation from { $clause }
form-justify_hint = Write why, in your own words.
form-receipt_case = Case number
form-receipt_in_house = The proposal is to use { $name }, which the council already has.
form-receipt_market = The proposal is to buy { $name }, which is already on the market.
form-receipt_co_development = The proposal is to develop { $name } together with other regions.
form-receipt_own_development = The proposal is to develop { $name } on the council's own.
form-receipt_no_candidate = None of the alternatives meets the need, so the proposal is to commission development, preferably with other regions.
form-receipt_out_of_scope = The policy does not apply to the activity, so it does not decide the choice of solution.
form-receipt_blocked = The decision awaits evidence: { $what }
form-receipt_delivered = The decision record has been received by the region's case management.
form-receipt_downloaded = The decision record is saved on your computer. Send it to whoever handles the case.
form-receipt_digest = The decision record's checksum
form-receipt_digest_hint = Quote it if you have questions about the case: it shows that the case and the decision are the ones you sent.
form-part_request = 1. The need and the alternatives
form-part_principles = 2. The principles
form-part_send = 3. Check and send
form-save_add_candidate = Save and add another alternative
form-step_of = Step { $number } of { $count }
cli-coverage-title = The coverage map: the policy's sentences against the rules
cli-coverage-document = Document
cli-coverage-section = Section
cli-coverage-sentences = Sentences
cli-coverage-all = All
cli-coverage-encoded = Encoded
cli-coverage-interpreted = Interpreted
cli-coverage-not-decidable = Decides nothing
cli-coverage-out-of-scope = Outside the library
cli-coverage-no-drift = Every sentence of the mapped sections has an entry, and every entry a sentence.
cli-coverage-drifts = The map and the documents have drifted apart:
cli-coverage-drift-seed = { $document }: the document file { $seed } is missing
cli-coverage-drift-heading = { $document } { $section }: the heading is not in the text
cli-coverage-drift-unmapped = { $document } { $section }: sentence { $ordinal } has no entry
cli-coverage-drift-stale = { $document } { $section }: entry { $ordinal } matches no sentence
cli-coverage-drift-moved = { $document } { $section }: entry { $ordinal } is sentence { $found }
cli-coverage-no-documents = the documents are not in `{ $dir }`: give a directory with the document files
cli-coverage-no-entry = No entry
cli-coverage-met = Met
cli-coverage-not-met = Not met
cli-coverage-unmapped = The section is not mapped:
cli-coverage-sentence = The sentence
cli-coverage-status = Status
cli-coverage-summary = Summary and reason
cli-coverage-clause = Clause and function
cli-coverage-vectors = Vectors
cli-coverage-whole = whole
cli-coverage-drift-orphan = { $document } { $section }: entry { $ordinal } belongs to no mapped section
cli-coverage-map-unreadable = the coverage map does not read: { $error }
cli-coverage-seed-too-large = the document file `{ $path }` is { $bytes } bytes, over the limit of { $limit }: give the documents as plain text
