// The language of resolutions: the words that open preambular and operative paragraphs.
// Order is frequency in adopted General Assembly texts (most common first), as surveyed in the
// domain reference (shared/domain/README.md §2); it drives completion order.
//
// Openers and verbs are written here in their base form. The matchers in ./match.ts add what
// real texts put around them: leading adverbs (Deeply, Strongly, Also, Further), postposed
// adverbs (Recalling also, Decides further, Calls once again upon) and fixed complements
// (Taking note with appreciation, Expressing deep concern).

/** Preambular openers: participles, participial phrases and adjectives. */
export const PREAMBULAR_OPENERS: readonly string[] = [
  'Recalling', 'Recognizing', 'Noting', 'Reaffirming', 'Welcoming', 'Taking note', 'Expressing',
  'Stressing', 'Emphasizing', 'Acknowledging', 'Reiterating', 'Having considered', 'Having examined',
  'Bearing in mind', 'Deeply concerned', 'Mindful', 'Convinced', 'Concerned', 'Underlining', 'Aware',
  'Considering', 'Conscious', 'Guided', 'Affirming', 'Encouraging', 'Highlighting', 'Condemning',
  'Taking into account', 'Taking into consideration', 'Underscoring', 'Commending', 'Gravely concerned',
  'Cognizant', 'Deploring', 'Alarmed', 'Calling upon', 'Calling for', 'Strongly condemning',
  'Looking forward', 'Urging', 'Seriously concerned', 'Determined', 'Believing', 'Referring',
  'Desirous', 'Wishing', 'Confirming', 'Regretting', 'Appreciating',
  // Less frequent but standard.
  'Having received', 'Having heard', 'Having reviewed', 'Having adopted', 'Having decided',
  'Having regard', 'Keeping in mind', 'Taking', 'Observing', 'Further recalling', 'Further noting',
  'Recognising', 'Emphasising', 'Re-emphasizing', 'Reasserting', 'Renewing', 'Declaring',
  'Endorsing', 'Supporting', 'Pointing out', 'Realizing', 'Fully aware', 'Fully conscious',
  'Firmly convinced', 'Deeply convinced', 'Deeply alarmed', 'Deeply disturbed', 'Disturbed',
  'Deeply regretting', 'Profoundly concerned', 'Particularly concerned', 'Greatly concerned',
  'Gravely alarmed', 'Seriously alarmed', 'Alarmed and concerned', 'Dismayed', 'Shocked', 'Outraged',
  'Saddened', 'Distressed', 'Appalled', 'Encouraged', 'Heartened', 'Pleased', 'Satisfied',
  'Gratified', 'Grateful', 'Inspired', 'Motivated', 'Committed', 'Resolved', 'Resolving',
  'Persuaded', 'Confident', 'Hopeful', 'Anxious', 'Eager', 'Keen', 'Deeply appreciative',
  'Appreciative', 'Emphasizing also', 'Bearing in mind also', 'Acting', 'Determining', 'Echoing',
  'Demanding', 'Underlining also', 'Noting also', 'Viewing', 'Contemplating',
  'Observing also', 'Seeking', 'Striving', 'Sharing', 'Paying tribute', 'Expressing concern',
  'Expressing deep concern', 'Expressing grave concern', 'Expressing its appreciation',
  'Expressing its deep appreciation', 'Expressing appreciation', 'Expressing its gratitude',
  'Expressing its concern', 'Expressing its deep concern', 'Expressing its support',
  'Expressing its condolences', 'Expressing its solidarity', 'Noting with concern',
  'Noting with appreciation', 'Noting with satisfaction', 'Noting with deep concern',
  'Noting with grave concern', 'Noting with interest', 'Noting with regret', 'Noting with alarm',
  'Taking note with appreciation', 'Taking note with interest', 'Taking note also',
  'Recognizing also', 'Reaffirming also', 'Welcoming also', 'Concerned also', 'Convinced also',
  'Stressing also', 'Acknowledging also', 'Reiterating also',
  'Expecting', 'Considering also', 'Accepting', 'Adopting', 'Approving', 'Anticipating',
  'Attaching', 'Attaching importance', 'Attaching great importance', 'Placing', 'Giving',
  'Appealing', 'Insisting', 'Requesting', 'Inviting', 'Calling attention', 'Drawing attention',
  'Looking ahead', 'Thanking', 'Congratulating', 'Praising', 'Lamenting', 'Deploring also',
  'Honouring', 'Commemorating', 'Celebrating', 'Marking', 'Proclaiming', 'Rejecting',
  'Reasserting also', 'Upholding', 'Respecting', 'Intending', 'Undertaking', 'Building',
  'Following', 'Deciding', 'Cognizant also', 'Reminding', 'Taking stock',
  // Concessive openers of the Security Council (`While noting some positive developments, expressing concern …,`).
  'While noting', 'While welcoming', 'While recognizing', 'While acknowledging',
];

/** Operative verbs in the third person singular present. */
export const OPERATIVE_VERBS: readonly string[] = [
  'Encourages', 'Calls upon', 'Calls for', 'Requests', 'Welcomes', 'Notes', 'Recognizes', 'Urges',
  'Reaffirms', 'Decides', 'Takes note', 'Invites', 'Recalls', 'Stresses', 'Expresses', 'Emphasizes',
  'Acknowledges', 'Underlines', 'Commends', 'Endorses', 'Condemns', 'Recommends', 'Affirms',
  'Underscores', 'Demands', 'Approves', 'Appeals', 'Looks forward', 'Supports', 'Deplores',
  'Appreciates', 'Authorizes', 'Highlights', 'Considers', 'Resolves', 'Declares', 'Recommits',
  'Agrees', 'Re-emphasizes', 'Adopts', 'Appropriates', 'Reminds', 'Determines', 'Regrets',
  'Proclaims', 'Rejects', 'Confirms', 'Reiterates', 'Renews', 'Continues', 'Directs', 'Requires',
  // Less frequent but standard.
  'Calls on', 'Calls', 'Takes', 'Expresses its appreciation', 'Expresses its deep concern',
  'Expresses concern', 'Expresses deep concern', 'Expresses grave concern', 'Expresses its concern',
  'Expresses its gratitude', 'Expresses its support', 'Expresses its condolences', 'Notes with concern',
  'Notes with appreciation', 'Notes with satisfaction', 'Notes with deep concern', 'Notes with interest',
  'Notes with regret', 'Takes note with appreciation', 'Takes note with interest', 'Looks forward to',
  'Recognises', 'Authorises', 'Organizes', 'Establishes', 'Extends',
  'Appoints', 'Accepts', 'Asks', 'Assures', 'Believes', 'Deems', 'Designates', 'Expects',
  'Insists', 'Instructs', 'Maintains', 'Observes', 'Pledges', 'Praises', 'Reasserts',
  'Salutes', 'Stands', 'Thanks', 'Transmits', 'Upholds', 'Wishes', 'Commits', 'Congratulates',
  'Draws', 'Pays tribute', 'Entrusts', 'Mandates', 'Refers', 'Denounces', 'Warns', 'Cautions',
  'Advises', 'Suggests', 'Proposes', 'Honours', 'Applauds', 'Certifies', 'Concludes', 'Concurs',
  'Endeavours', 'Seeks', 'Strives', 'Undertakes', 'Vows', 'Holds', 'Regards', 'Views', 'Calls attention',
  'Draws attention', 'Attaches', 'Places', 'Gives', 'Submits', 'Takes into account', 'Bears in mind',
  'Remains seized', 'Remains actively seized', 'Remains', 'Is', 'Reaffirms its commitment',
  'Renews its call', 'Reiterates its call', 'Reiterates its request', 'Elects', 'Emphasises',
];

/** Adverbs that may stand before a preambular opener (`Deeply concerned`, `Strongly condemning`). */
export const PREAMBLE_LEADING_ADVERBS: readonly string[] = [
  'Deeply', 'Gravely', 'Strongly', 'Seriously', 'Firmly', 'Particularly', 'Profoundly', 'Further',
  'Also', 'Fully', 'Greatly', 'Extremely', 'Equally', 'Once again', 'Again', 'Furthermore',
  'Especially', 'Most', 'Sincerely', 'Warmly', 'Highly', 'Duly', 'Keenly',
];

/** Adverbs that may stand before an operative verb (`Also requests`, `Strongly condemns`). */
export const OPERATIVE_LEADING_ADVERBS: readonly string[] = [
  'Also', 'Further', 'Strongly', 'Once again', 'Again', 'Urgently', 'Firmly', 'Deeply', 'Fully',
  'Solemnly', 'Unequivocally', 'Resolutely', 'Emphatically', 'Warmly', 'Vigorously', 'Formally',
  'Equally', 'Moreover', 'Finally', 'Lastly', 'Similarly', 'Accordingly', 'Hereby', 'Therefore',
  'In this regard', 'In this context', 'Furthermore', 'Sincerely', 'Highly', 'Respectfully',
  'Kindly', 'Expressly', 'Categorically', 'Particularly', 'Especially', 'Earnestly', 'Seriously',
];

/** Adverbs written after the verb or opener (`Recalling also`, `Decides further`, `Calls once again upon`). */
export const POSTPOSED_ADVERBS: readonly string[] = [
  'also', 'further', 'furthermore', 'again', 'once again', 'once more', 'strongly', 'firmly', 'in addition',
  'moreover', 'likewise', 'similarly', 'in this regard', 'in this context', 'therefore', 'hereby',
  'unequivocally', 'resolutely', 'urgently', 'fully', 'deeply', 'sincerely', 'warmly', 'highly',
  'with appreciation', 'with concern', 'with deep concern', 'with grave concern', 'with serious concern',
  'with satisfaction', 'with interest', 'with regret', 'with alarm', 'with great concern',
  'with deep appreciation', 'with great appreciation', 'with gratitude', 'with deep regret',
];

/** Present-tense verbs in the first person plural, used in annexed declarations (`Reaffirm`, `Commit`). */
export const DECLARATION_VERBS: readonly string[] = [
  'Reaffirm', 'Recommit', 'Commit', 'Recognize', 'Acknowledge', 'Affirm', 'Recall', 'Decide',
  'Declare', 'Welcome', 'Note', 'Stress', 'Emphasize', 'Underline', 'Express', 'Encourage', 'Call',
  'Urge', 'Request', 'Invite', 'Resolve', 'Pledge', 'Agree', 'Adopt', 'Support', 'Undertake',
  'Reiterate', 'Condemn', 'Highlight', 'Underscore', 'Consider', 'Are', 'Will',
  'Take', 'Look', 'Renew', 'Endorse', 'Remain',
  'Seek', 'Strive', 'Promote', 'Ensure', 'Continue', 'Launch', 'Establish', 'Determine',
];
