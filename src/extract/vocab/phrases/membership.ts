/**
 * Appeals placed inside an article as plain paragraphs, worded as membership or support rather
 * than "donate": a short opener that stops the reader, a paragraph in which the outlet says who
 * pays for its work, a call to join, and a plain-text address ("Join: paper.example/members").
 * Lower-case, matched where a word starts, added to the cue kinds of `donation.ts`: none of them
 * removes anything alone, a run still needs a direct ask and cues of two kinds.
 */
import type { AppealPhrases } from './donation.js';

/**
 * Per language: `ask` holds openers addressed to the reader and calls to join in the imperative
 * or the second person; `appeal` the outlet speaking of who pays for its work; `action` the labels
 * of a join button or a plain address line ("Adhérer :", "Долучитися:").
 */
export const MEMBERSHIP_PHRASES: Readonly<Record<string, Omit<AppealPhrases, 'payment'>>> = {
  en: {
    ask: [
      ...['before you carry on', 'before you keep reading', 'before you scroll on', 'a note to our readers'],
      ...[
        'a word to our readers',
        'a message to our readers',
        'a letter from the newsroom',
        'can you chip in',
      ],
      ...['chip in whatever', 'chip in what you can', 'back us', 'become a friend of', 'become one of our'],
      ...['gift a subscription', 'give a subscription', 'give a share as a gift'],
      ...['join the circle', 'join the readers who'],
      ...['subscribing is supporting', 'to subscribe is to support'],
      ...['subscribing means supporting', 'to subscribe is to support us'],
      ...[
        'without you this page',
        'without you, this page',
        'without you there would be',
        'without you, there would be',
      ],
      ...['become a co-owner', 'become a shareholder'],
      ...[
        'keep this newsroom',
        'keep our newsroom',
        'keep the newsroom open',
        'keep this paper going',
        'keep the paper going',
      ],
      ...['become one of them', 'be one of them'],
      ...[
        'if you read this far',
        'if you have read this far',
        "if you've read this far",
        'did you like this article',
        'if you think local journalism',
        'if you believe in local journalism',
        'why we ask you',
      ],
    ],
    appeal: [
      ...['no advertisers', 'no shareholders', 'no corporate owner', 'paid for by readers', 'mostly readers'],
      ...['paid for by our readers', 'stories like this', 'a story like this', 'this story took'],
      ...['keeps a reporter', 'keep a reporter', 'our members'],
      ...['gift subscription', 'supporter subscription', 'owned by its readers', 'owned by our readers'],
      ...['our journalism', 'our reporting is'],
      ...['reading for free', 'read for free'],
      ...['every subscription pays', 'each subscription pays'],
      ...[
        'no owner but',
        'has no owner',
        'kept alive by its readers',
        'lives on its readers',
        'runs on its readers',
        'reader-funded too',
      ],
      ...['standing order'],
      ...['pay for our work', 'of our readers pay', 'exists only thanks to', 'only exists thanks to'],
      ...['reader contributions', 'contributions from readers', 'of our costs', 'of our running costs'],
      ...['exists because'],
    ],
    action: [
      'back us',
      'join us',
      'join today',
      'become a member',
      ...['i want to join', 'i want to support'],
      ...['choose your amount', 'choose an amount'],
      'count me in',
    ],
  },
  de: {
    ask: [
      ...[
        'bevor sie weiterlesen',
        'ein wort an unsere leser',
        'eine bitte an unsere leser',
        'post von der redaktion',
      ],
      ...['ein brief der redaktion', 'werden sie förderer', 'werden sie förderin', 'förderin oder förderer'],
      ...['förderer werden', 'werde förderer'],
      ...[
        'abo verschenken',
        'verschenken sie ein abo',
        'verschenke ein abo',
        'werden sie genosse',
        'werden sie genossin',
      ],
      ...['werden sie teil'],
      ...['abonnieren heißt unterstützen', 'ein abo ist unterstützung'],
      ...['abonnieren ist unterstützen'],
      ...['ohne sie wäre diese seite', 'ohne sie gäbe es', 'ohne dich wäre diese seite', 'ohne dich gäbe es'],
      ...['werden sie miteigentümer', 'werde miteigentümer'],
      ...['werden sie einer von ihnen', 'werden sie eine von ihnen', 'werde einer von ihnen'],
      ...[
        'wenn sie bis hierhin gelesen',
        'wenn du bis hierhin gelesen',
        'hat ihnen dieser artikel gefallen',
        'warum wir sie fragen',
      ],
    ],
    appeal: [
      ...['recherchen wie diese', 'berichte wie diesen', 'außer uns', 'keine anzeigenkunden', 'kein verlag'],
      ...[
        'keinen konzern',
        'finanziert recherchen',
        'finanzieren uns',
        'unsere mitglieder',
        'einen unterschied',
      ],
      ...['soli-abo', 'förderabo', 'gehört seinen lesern', 'gehört ihren lesern', 'unsere genossenschaft'],
      ...['unser journalismus', 'unseren journalismus'],
      ...['leserfinanziert', 'von seinen lesern finanziert'],
      ...['jedes abo bezahlt', 'jedes abo finanziert'],
      ...[
        'von lesern getragen',
        'von seinen lesern getragen',
        'von unseren lesern getragen',
        'von ihren lesern getragen',
        'lebt von seinen lesern',
        'lebt von ihren lesern',
        'lebt von lesern',
        'keinen eigentümer außer',
      ],
      ...['zahlen für unsere arbeit', 'unserer leser zahlen', 'existiert nur dank', 'gibt es nur dank'],
      ...['beiträge der leser', 'beiträge unserer leser', 'unserer kosten'],
      ...['gibt es, weil', 'existiert, weil'],
    ],
    action: [
      'jetzt mitglied',
      'mitglied werden',
      'förderer werden',
      'jetzt fördern',
      ...['ich werde mitglied', 'ich will mitglied werden', 'ich unterstütze'],
      ...['betrag wählen', 'wählen sie einen betrag'],
      'ich bin dabei',
      'ich will mitmachen',
    ],
  },
  fr: {
    ask: [
      ...['avant de poursuivre votre lecture', 'un mot avant de', 'un mot à nos lecteurs'],
      ...['un message à nos lecteurs'],
      ...['une lettre de la rédaction', 'devenez adhérent', 'devenez adhérente', 'devenez membre'],
      ...['rejoignez-nous', 'adhérez'],
      ...['offrez un abonnement', 'offrir un abonnement', 'devenez sociétaire', 'devenez actionnaire'],
      ...['rejoignez les'],
      ...[
        "s'abonner, c'est soutenir",
        's’abonner, c’est soutenir',
        "vous abonner, c'est soutenir",
        'vous abonner, c’est soutenir',
      ],
      ...[
        'sans vous, cette page',
        'sans vous cette page',
        'sans vous, ce journal',
        "sans vous, il n'y aurait",
        'sans vous, il n’y aurait',
      ],
      ...['devenez copropriétaire', 'devenez coopérateur'],
      ...["devenez l'un d'eux", 'devenez l’un d’eux', "soyez l'un d'eux", 'soyez l’un d’eux'],
      ...[
        "si vous avez lu jusqu'ici",
        'si vous avez lu jusqu’ici',
        'vous avez aimé cet article',
        'pourquoi nous vous le demandons',
      ],
    ],
    appeal: [
      ...["pas d'actionnaire", 'pas d’actionnaire', 'sans actionnaire', 'ni par un groupe', 'nos lecteurs'],
      ...['nos lectrices', 'nos adhérents', 'besoin de ses lecteurs', 'besoin de ses lectrices'],
      ...["qui paie l'information", 'qui paie l’information', 'qui finance l’information'],
      ...['abonnement de soutien', 'abonnés solidaires', 'appartient à ses lecteurs', 'nos sociétaires'],
      ...['notre journalisme'],
      ...['financé par ses lecteurs', 'financé par nos lecteurs'],
      ...['chaque abonnement paie', 'chaque abonnement finance'],
      ...[
        'vit de ses lecteurs',
        'vit aussi grâce à',
        'vit grâce à ses',
        "pas d'autre propriétaire que",
        'pas d’autre propriétaire que',
      ],
      ...[
        'de nos lecteurs paient',
        'paient pour notre travail',
        "n'existe que grâce à",
        'n’existe que grâce à',
      ],
      ...['contributions des lecteurs', 'de nos coûts', 'de nos frais'],
      ...['existe parce que'],
    ],
    action: [
      'adhérer',
      'devenir adhérent',
      'devenir membre',
      'rejoindre',
      'rejoignez',
      ...['je deviens membre', 'je deviens adhérent', 'je deviens sociétaire'],
      ...['choisissez votre montant', 'choisir un montant'],
      'je rejoins',
      'je participe',
    ],
  },
  es: {
    ask: [
      ...['antes de seguir leyendo', 'un mensaje de la redacción', 'una carta de la redacción', 'únete a'],
      ...['hazte socia', 'súmate', 'forma parte de nuestra comunidad', 'apóyanos'],
      ...['regala una suscripción', 'regalar una suscripción', 'hazte cooperativista'],
      ...['únete al círculo', 'únete a los'],
      ...['suscribirse es apoyar', 'suscribirte es apoyar'],
      ...['sin ti esta página', 'sin ustedes esta página', 'sin usted esta página'],
      ...['hazte copropietario', 'hazte socio de la cooperativa', 'hazte accionista'],
      ...['sé uno de ellos', 'conviértete en uno de ellos'],
      ...[
        'si has llegado hasta aquí',
        'si has leído hasta aquí',
        'te gustó este artículo',
        'por qué te lo pedimos',
      ],
    ],
    appeal: [
      ...['socias y socios', 'socios y socias', 'desgrava', 'cuota pequeña', 'quien nos lee'],
      ...['aportan cada mes', 'aportan al mes', 'la cuota la eliges'],
      ...['sin anunciantes', 'alguien pagó', 'nuestros lectores', 'nuestras lectoras', 'nuestros socios'],
      ...['información como esta', 'historias como esta', 'parte de la comunidad'],
      ...[
        'suscripción solidaria',
        'suscriptores solidarios',
        'pertenece a sus lectores',
        'cooperativa de lectores',
      ],
      ...['nuestro periodismo'],
      ...['cada suscripción paga', 'cada suscripción ayuda'],
      ...['vive de sus lectores', 'gracias a sus lectores', 'no tiene más dueño que'],
      ...[
        'de nuestros lectores pagan',
        'de nuestros lectores paga',
        'existe solo gracias a',
        'solo existe gracias a',
      ],
      ...['aportaciones de los lectores', 'de nuestros costes', 'de nuestros gastos'],
      ...['existe porque'],
    ],
    action: [
      'únete',
      'hazte',
      'súmate',
      'apóyanos',
      ...['quiero ser socio', 'quiero ser socia', 'quiero unirme'],
      ...['elige tu aportación', 'elige la cantidad'],
      'quiero apoyar',
    ],
  },
  it: {
    ask: [
      ...['ti chiediamo un momento', 'un momento di attenzione', 'prima di proseguire la lettura'],
      ...['diventa sostenitore'],
      ...['diventa sostenitrice', 'unisciti a noi', 'unisciti alla'],
      ...['regala un abbonamento', 'diventa socio', 'diventa socia', 'diventa mecenate'],
      ...['unisciti ai'],
      ...['abbonarsi è sostenere', 'abbonarti è sostenere'],
      ...['senza di te questa pagina', 'senza di voi questa pagina'],
      ...['diventa comproprietario', 'diventa socio della cooperativa', 'diventa azionista'],
      ...['diventa uno di loro', 'sii uno di loro'],
      ...[
        'se sei arrivato fin qui',
        'se sei arrivata fin qui',
        'ti è piaciuto questo articolo',
        'perché ve lo chiediamo',
        'perché te lo chiediamo',
      ],
    ],
    appeal: [
      ...['abbonati sostenitori', 'abbonato sostenitore', 'ci tiene a galla', 'abbonamento obbligatorio'],
      ...[
        'editori alle spalle',
        'nessun editore',
        'vive grazie a chi',
        'grazie ai lettori',
        'dei suoi lettori',
      ],
      ...['come tutti quelli che pubblichiamo', 'un giornale libero', 'senza pubblicità', 'restare liberi'],
      ...['abbonamento sostenitore', 'cooperativa di lettori', 'appartiene ai suoi lettori', 'soci lettori'],
      ...['il nostro giornalismo'],
      ...['ogni abbonamento paga', 'ogni abbonamento finanzia'],
      ...['vive grazie ai suoi lettori', 'vive dei suoi lettori', 'nessun padrone se non'],
      ...['dei nostri lettori pagano', 'dei nostri lettori paga', 'esiste solo grazie a'],
      ...[
        'contributi dei lettori',
        'dei nostri costi',
        'nessun finanziamento pubblico',
        'senza padrone costa',
      ],
      ...['esiste perché'],
    ],
    action: [
      'unisciti',
      'diventa socio',
      'diventa sostenitore',
      'sostienici',
      ...['voglio diventare socio', 'voglio sostenere'],
      ...["scegli l'importo", 'scegli come esserci', 'entra nella comunità'],
      'voglio contribuire',
      'mi unisco',
      'voglio aderire',
    ],
  },
  pt: {
    ask: [
      ...['gostou deste artigo', 'antes de continuar a ler', 'torne-se membro'],
      ...['torne-se assinante', 'junte-se a', 'seja membro', 'seja sócio'],
      ...['ofereça uma assinatura', 'oferecer uma assinatura', 'seja mecenas', 'torne-se mecenas'],
      ...['junte-se aos'],
      ...['subscrever é apoiar', 'assinar é apoiar'],
      ...['sem você esta página', 'sem si esta página', 'sem vocês esta página'],
      ...['torne-se coproprietário', 'torne-se sócio da cooperativa', 'torne-se acionista'],
      ...['seja um deles', 'torne-se um deles'],
      ...[
        'se a leu até aqui',
        'se leu até aqui',
        'se chegou até aqui',
        'considere tornar-se',
        'precisa de si',
        'precisa de você',
      ],
    ],
    appeal: [
      ...['quem nos lê', 'nossos leitores', 'nossas leitoras', 'sem anunciantes', 'horas de reportagem'],
      ...['cada contribuição'],
      ...[
        'assinatura solidária',
        'assinatura de apoio',
        'nossos mecenas',
        'nossos apoiadores',
        'leitores apoiadores',
      ],
      ...['o nosso jornalismo', 'nosso jornalismo'],
      ...['cada assinatura paga', 'cada assinatura ajuda'],
      ...['vive dos seus leitores', 'vive dos leitores', 'não tem dono além'],
      ...[
        'dos nossos leitores pagam',
        'dos nossos leitores paga',
        'só existe graças a',
        'existe apenas graças a',
      ],
      ...['contribuições dos leitores', 'dos nossos custos', 'das nossas despesas'],
      ...['assinante solidário', 'existe porque'],
    ],
    action: [
      'torne-se',
      'junte-se',
      'seja sócio',
      'seja membro',
      ...['quero ser membro', 'quero ser sócio', 'quero apoiar', 'oferecer uma assinatura'],
      ...['escolha o valor', 'escolha o montante'],
      'quero entrar',
      'quero contribuir',
      'quero fazer parte',
    ],
  },
  ru: {
    ask: [
      ...['прежде чем читать дальше', 'письмо редакции', 'слово редакции', 'станьте другом'],
      ...['станьте членом', 'вступайте', 'присоединяйтесь'],
      ...['подарите подписку', 'подарить подписку', 'станьте пайщиком', 'станьте меценатом'],
      ...['присоединяйтесь к'],
      ...['оформите подписку', 'оформите ежемесячное пожертвование'],
      ...[
        'подписка — это поддержка',
        'подписка – это поддержка',
        'подписка - это поддержка',
        'подписка — это способ',
        'подписка – это способ',
        'подписка - это способ',
      ],
      ...[
        'подписаться — значит поддержать',
        'подписаться – значит поддержать',
        'подписаться - значит поддержать',
        'подписка — значит поддержка',
      ],
      ...['без вас эта страница', 'без вас этой страницы', 'без вас этого издания'],
      ...['станьте совладельцем', 'станьте пайщиком кооператива'],
      ...['станьте одним из них', 'станьте одной из них'],
      ...['если вы дочитали', 'понравился текст', 'станьте одним из', 'станьте одной из'],
    ],
    appeal: [
      ...[
        'от редакции',
        'наших читателей',
        'нет инвесторов',
        'без инвесторов',
        'нет спонсоров',
        'независимая газета',
      ],
      ...['независимую газету', 'независимой газеты', 'благодаря читателям'],
      ...[
        'подписка поддержки',
        'принадлежит читателям',
        'наши подписчики',
        'друзья редакции',
        'друзей редакции',
      ],
      ...['наша журналистика', 'нашу журналистику'],
      ...['на деньги читателей', 'в поддержку редакции', 'благодаря подписчикам'],
      ...['каждая подписка'],
      ...[
        'держится на читателях',
        'существует благодаря читателям',
        'существует за счёт читателей',
        'существует за счет читателей',
        'нет владельца, кроме',
        'но его подготовка',
      ],
      ...['платят за нашу', 'существует только благодаря', 'существует лишь благодаря'],
      ...['взносы читателей', 'пожертвования читателей', 'наших расходов'],
      ...['существует, потому что', 'нет владельца'],
    ],
    action: [
      'стать другом',
      'вступить',
      'присоединиться',
      ...['хочу стать другом', 'хочу поддержать', 'стать меценатом'],
      ...['выберите сумму'],
      'хочу помочь',
    ],
  },
  uk: {
    ask: [
      ...['перш ніж читати далі', 'станьте другом', 'станьте членом', 'приєднуйтеся'],
      ...['приєднуйтесь', 'кола друзів'],
      ...['подаруйте передплату', 'подарувати передплату', 'станьте меценатом'],
      ...['приєднуйтеся до'],
      ...['оформіть підписку', 'оформіть щомісячний внесок'],
      ...[
        'підписка — це підтримка',
        'підписка – це підтримка',
        'підписка - це підтримка',
        'підписка — це спосіб',
        'підписка – це спосіб',
        'підписка - це спосіб',
      ],
      ...[
        'підписатися — значить підтримати',
        'підписатися – значить підтримати',
        'підписатися - значить підтримати',
        'підписатися — означає підтримати',
        'підписатися – означає підтримати',
      ],
      ...['без вас ця сторінка', 'без вас цієї сторінки', 'без вас цього видання'],
      ...['станьте співвласником', 'станьте пайовиком'],
      ...['станьте одним із них', 'станьте однією з них', 'станьте одним з них'],
      ...['якщо ви дочитали', 'сподобався текст', 'станьте одним із', 'станьте однією з', 'станьте одним з'],
    ],
    appeal: [
      'від редакції',
      'цей матеріал ми',
      'наших читачів',
      'без інвесторів',
      'немає інвесторів',
      'завдяки читачам',
      ...['належить читачам', 'наші передплатники', 'друзі редакції', 'друзів редакції'],
      ...['наша журналістика', 'нашу журналістику'],
      ...['на підтримці читачів', 'на гроші читачів', 'на підтримку редакції'],
      ...['кожна підписка'],
      ...[
        'тримається на читачах',
        'існує завдяки читачам',
        'існує за рахунок читачів',
        'немає власника, крім',
      ],
      ...['платять за нашу', 'існує лише завдяки', 'існує тільки завдяки'],
      ...['внески читачів', 'пожертви читачів', 'наших витрат'],
      ...['існує, бо', 'не має власника'],
    ],
    action: [
      'долучитися',
      'приєднатися',
      'стати другом',
      ...['хочу підтримати', 'стати меценатом'],
      ...['оберіть суму', 'виберіть суму'],
      'хочу допомогти',
    ],
  },
  pl: {
    ask: [
      ...[
        'zanim przeczytasz dalej',
        'czy wiesz, ile kosztuje',
        'słowo od redakcji',
        'zostań naszym patronem',
      ],
      ...['zostań naszą patronką', 'zostań członkiem', 'dołącz do nas'],
      ...['podaruj prenumeratę', 'podarować prenumeratę', 'zostań mecenasem'],
      ...['dołącz do'],
      ...['subskrypcja to wsparcie', 'prenumerata to wsparcie'],
      ...[
        'subskrybowanie to wspieranie',
        'prenumerowanie to wspieranie',
        'prenumerata to wspieranie',
        'subskrypcja to wspieranie',
      ],
      ...['bez ciebie ta strona', 'bez was ta strona', 'bez ciebie tej strony'],
      ...['zostań współwłaścicielem', 'zostań udziałowcem'],
      ...['wspierasz nas', 'wspieracie nas', 'wesprzesz nas'],
      ...['zostań jednym z nich', 'dołącz do nich'],
      ...[
        'jeśli doczytałeś',
        'jeśli doczytałaś',
        'jeśli uważasz, że lokalne',
        'zostań przyjacielem',
        'zostań przyjaciółką',
        'podobał ci się ten tekst',
      ],
    ],
    appeal: [
      ...['bogatego wydawcy', 'finansują nas', 'finansują czytelnicy', 'pracy reportera', 'taki tekst'],
      ...['takiego tekstu', 'nasi czytelnicy'],
      ...['prenumerata wspierająca', 'należy do czytelników', 'nasi patroni', 'nasi mecenasi'],
      ...['nasze dziennikarstwo'],
      ...['utrzymują nas', 'klubu przyjaciół', 'finansowana przez czytelników'],
      ...['każda subskrypcja', 'każda prenumerata'],
      ...[
        'nie ma właściciela poza',
        'żyje dzięki czytelnikom',
        'utrzymują nas czytelnicy',
        'utrzymują nas członkowie',
      ],
      ...[
        'naszych czytelników płaci',
        'płaci za naszą pracę',
        'istnieje tylko dzięki',
        'istnieje wyłącznie dzięki',
      ],
      ...['wpłaty czytelników', 'wpłaty od czytelników', 'naszych kosztów'],
      ...['istnieje, bo', 'istnieje dlatego'],
    ],
    action: [
      'zostań patronem',
      'zostań patronką',
      'dołącz',
      ...['chcę wesprzeć', 'chcę dołączyć'],
      ...['wybierz kwotę'],
      'dołączam',
    ],
  },
  nl: {
    ask: [
      ...['even tussendoor', 'een kort verzoek', 'voordat je verder leest', 'voor je verder leest'],
      ...['een bericht van de redactie', 'word dan lid', 'word ook lid', 'lid worden kan'],
      ...['geef een abonnement cadeau', 'schenk een abonnement', 'word vriend van', 'word vriendin van'],
      ...['sluit je aan bij'],
      ...['abonneren is steunen', 'een abonnement is steun'],
      ...['abonneren = steunen'],
      ...[
        'zonder jou was deze',
        'zonder jou zou deze',
        'zonder u was deze',
        'zonder u zou deze',
        'zonder jullie was',
      ],
      ...['word mede-eigenaar', 'word lid van de coöperatie', 'word aandeelhouder'],
      ...['word een van hen', 'word één van hen'],
      ...[
        'als je tot hier hebt gelezen',
        'als u tot hier hebt gelezen',
        'vond je dit artikel',
        'waarom we je dit vragen',
      ],
    ],
    appeal: [
      ...['onafhankelijke lokale journalistiek', 'wij willen dat blijven', 'geen adverteerders'],
      ...['leden betalen', 'dankzij onze leden', 'dankzij lezers', 'onze leden'],
      ...['steunabonnement', 'is van de lezers', 'onze vrienden', 'vrienden van de krant'],
      ...['onze journalistiek'],
      ...['lezersgefinancierd', 'betaald door lezers'],
      ...['elk abonnement betaalt', 'elk abonnement helpt'],
      ...[
        'draait op lezers',
        'draait op zijn lezers',
        'draait op onze lezers',
        'draait op haar lezers',
        'geen eigenaar behalve',
      ],
      ...[
        'van onze lezers betaalt',
        'betalen voor ons werk',
        'bestaat alleen dankzij',
        'bestaat alleen door',
      ],
      ...['bijdragen van lezers', 'bijdragen van onze lezers', 'van onze kosten'],
      ...['bestaat omdat'],
      ...['lokale journalistiek', 'lezers die meebetalen', 'meebetalen', 'verzoek van onze eigen redactie'],
    ],
    action: [
      'lid worden',
      'word lid',
      ...['liever niet', 'nee, bedankt', 'nee bedankt'],
      ...['ik word lid', 'ik steun'],
      ...['kies een bedrag', 'kies je bedrag'],
      'ik doe mee',
    ],
  },
  tr: {
    ask: [
      ...['üyemiz olun', 'abonemiz olun', 'aramıza katılın', 'bize katılın', 'siz de katılın'],
      ...['abonelik hediye edin', 'onlardan biri olun', 'buraya kadar okuduysan', 'abone olarak destek'],
    ],
    appeal: [
      ...['okurlarımız sayesinde', 'okurlarımızın desteğiyle', 'okurlarımız tarafından finanse'],
      ...['okurlarımıza ait', 'abonelerimiz', 'üyelerimiz', 'destekçilerimiz', 'her abonelik'],
      ...['yerel gazetecili', 'yerel habercili', 'masraflarımız', 'sadece okurlarımız'],
    ],
    action: [
      ...['üye ol', 'abone ol', 'destekçi ol', 'aramıza katıl', 'destek olmak istiyorum', 'katılıyorum'],
      ...['tutar seçin', 'tutarı seçin'],
    ],
  },
  cs: {
    ask: [
      ...['slovo od redakce', 'staňte se člen', 'staňte se předplatitel', 'staňte se podporovatel'],
      ...['darujte předplatné', 'předplatné je podpora', 'bez vás by', 'staňte se jedním z nich'],
      ...['jste dočetl', 'pořiďte si předplatné'],
    ],
    appeal: [
      ...['nemáme bohatého vydavatele', 'financují nás čtenáři', 'naši čtenáři', 'naši předplatitelé'],
      ...['naši dárci', 'naše novinařina', 'naše žurnalistika', 'každé předplatné', 'patří čtenářům'],
      ...['existujeme jen díky', 'existujeme díky', 'jen díky vám', 'díky našim čtenářům', 'našich nákladů'],
      ...['regionální žurnalisti', 'místní žurnalisti', 'regionální zpravodajství'],
    ],
    action: [
      ...['stát se členem', 'stát se podporovatelem', 'chci podpořit', 'chci se přidat', 'přidat se'],
      ...['vyberte částku', 'předplatit'],
    ],
  },
  zh: {
    ask: [
      ...['先打扰您', '打扰您一分钟', '编辑部的一封信', '編輯部的一封信', '给读者的一封信', '給讀者的一封信'],
      ...['成为我们的会员', '成為我們的會員', '加入我们', '加入我們', '成为支持者', '成為支持者'],
      ...['赠送订阅', '送一份订阅', '成为会员', '成為會員'],
      ...['加入这', '加入這'],
      ...['成为其中一员'],
      ...['成为我们的', '成為我們的'],
    ],
    appeal: [
      ...['没有广告', '沒有廣告', '没有财团', '沒有財團', '小额支持', '小額支持', '非营利', '非營利'],
      ...['不依赖政府拨款', '这篇报道背后', '這篇報道背後', '每一篇报道的背后'],
      ...['会员费', '會員費', '读者的赞赏', '讀者的贊賞', '读者付费', '讀者付費'],
      ...['我们的新闻', '我們的新聞'],
      ...['靠读者', '由读者支持', '靠讀者', '由讀者支持'],
      ...['的读者付费', '的讀者付費'],
      ...['读者的捐助', '讀者的捐助', '运营成本的', '營運成本的'],
      ...['读者的订阅费', '讀者的訂閱費'],
    ],
    action: [
      '现在还不方便',
      '現在還不方便',
      '暂时不方便',
      '暫時不方便',
      '加入会员',
      '加入會員',
      '立即加入',
      ...['我要加入', '我要支持'],
      ...['选择金额', '選擇金額'],
    ],
  },
  ja: {
    ask: [
      '読者の皆さまへ',
      '読者の皆様へ',
      '編集部より',
      '会員になって',
      '支えてください',
      ...['ギフト購読', '会員になりませんか', 'サポーターになって'],
      ...['仲間になって'],
      ...['応援はこちら', 'になってください'],
      ...['会員になれます', 'あなたもその一人に', 'そのまま応援になります'],
    ],
    appeal: [
      '読者の支え',
      '読者の皆さまの支え',
      '広告に頼らず',
      ...[
        '広告を一切掲載',
        '広告を掲載せず',
        '広告を掲載していません',
        '非営利の報道機関',
        '非営利のメディア',
        '非営利メディア',
      ],
      '広告収入に頼らず',
      ...['会費で運営', '読者の会費', 'サポーター会員', '購読料で'],
      ...['私たちの報道', '私たちのジャーナリズム'],
      ...['共同オーナー', '広告に頼らない', 'オーナーになりませんか', '会員になりませんか'],
      ...['読者に支えられ', '読者の会費で運営', '読者の皆さまに支えられ'],
      ...['しかお金を払って', 'しか払っていません'],
      ...['読者からの会費', '運営費の', 'オーナーはいません'],
      ...['読者の購読料', '購読料で支えられ', 'サポーター募集'],
    ],
    action: [
      '会員になる',
      '今はしない',
      ...['会員登録する', 'サポーターになる'],
      ...['金額を選ぶ', '応援の金額'],
      '応援する',
      '支援する',
    ],
  },
};

/**
 * A bare verb that labels a support address on its own ("Join: …", "Adhérer : …"): as the whole
 * label it is the call to action; inside a sentence it says nothing ("join the queue"). Not English
 * "support", which labels a help desk's address as often ("Support: vendor.example/help").
 */
export const JOIN_LABELS: readonly string[] = [
  ...['join', 'back us', 'mitmachen', 'unterstützen', 'adhérer', 'soutenir', 'únete', 'apoya'],
  ...['unisciti', 'sostieni', 'aderir', 'apoie', 'присоединиться', 'поддержать', 'долучитися', 'підтримати'],
  ...['dołącz', 'wesprzyj', 'steun', 'meedoen', 'katıl', 'destek ol', 'přidejte se', 'podpořte'],
  ...['加入', '支持', '参加する', '応援する'],
];

/**
 * A support address written as plain text, not linked ("Back the Star: star.example/back-us",
 * "Únete en diario.example/comunidad"): a host whose last label starts with a letter (not "4.65/kg"),
 * then a path. Matched on lower-cased text.
 */
export const PLAIN_ADDRESS = /(?:https?:\/\/)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z][a-z0-9-]+(\/[^\s]*)/;

/**
 * What an appeal tells the reader of time and money: a countdown ("Plus que 3 jours", "Nog 2 dagen",
 * "残り25日"), a gift matched or doubled ("chaque euro donné est doublé", "配捐"), or the sum set
 * against a small treat ("less than a coffee", "menos do que um lanche", "不到一杯奶茶",
 * "缶コーヒー2本分"). Each is one appeal word, in a short block (see `appealCues`).
 */
export const COUNTDOWN =
  /(?<![\p{L}\d])(?:\d+\s*(?:days?|hours?)\s+(?:left|to go|remaining)|only\s+\d+\s+days?|plus que\s+\d+\s+jours?|encore\s+\d+\s+jours?|noch\s+\d+\s+(?:tage|stunden)|quedan\s+\d+\s+días|faltan\s+\d+\s+días|mancano\s+\d+\s+giorni|faltam\s+\d+\s+dias|restam\s+\d+\s+dias|zosta(?:ło|ły|ł)\s+\d+\s+dni|nog\s+\d+\s+dagen|осталось\s+\d+\s+(?:дн|час)\p{L}*|залишилося\s+\d+\s+(?:дн|год)\p{L}*|son\s+\d+\s+gün|zbýv(?:á|ají)\s+\d+\s+dn\p{L}*)|(?:最后|最後|还剩|還剩|仅剩|僅剩)\s*\d+\s*(?:天|小时|小時)|(?:残り|あと)\s*\d+\s*(?:日|時間)/iu;
export const MATCHED_GIFT =
  /(?<![\p{L}])(?:doubled|matched|match(?:es)? every|double your|est doublé|sera doublé|doublé par|verdoppelt|se duplica|duplicará|raddoppia|raddoppiato|dobra cada|dobrada|dobrado|podwoi\p{L}*|podwojon\p{L}*|verdubbelt|verdubbeld|удвоит|удвоен\p{L}*|подвоїть|подвоєн\p{L}*|ikiye katlan\p{L}*|zdvojnásob\p{L}*)(?![\p{L}])|配捐|双倍|雙倍|同額(?:を)?寄付|マッチング/iu;
export const LESS_THAN_TREAT =
  /(?<![\p{L}])(?:less than|cheaper than|moins qu[e’']|menos (?:do )?que|menos de|minder dan|weniger als|meno di|mniej niż|меньше,? чем|менше,? ніж|daha az|méně než).{0,30}?(?:coffee|latte|beer|pint|lunch|sandwich|café|caffè|kaffee|cerveza|caña|birra|cerveja|lanche|almuerzo|pranzo|déjeuner|bière|biertje|koffie|piwo|kaw\p{L}*|кофе|каву|пиво|kahve|kávu|pivo|bilet\p{L}*|billet|ticket)|不到一杯|一杯(?:奶茶|咖啡)(?:的钱|的錢)|コーヒー\S{0,4}分/iu;

/** Coffee, the small sum an outlet asks for ("Buy us a coffee", "请我们喝杯咖啡", "Угостить редакцию кофе"). */
export const COFFEE =
  /coffee|café|cafezinho|caffè|kaffee|kaw[aęy](?!\p{L})|kahve|káv[auy](?!\p{L})|koffie|кофе|каву|кава(?!\p{L})|咖啡|コーヒー|珈琲/u;

/** The newsroom as the one treated or paid ("para a redação", "редакцию", "编辑部"). */
export const NEWSROOM =
  /newsroom|redacci[oó]n|reda[cç][aã]o|rédaction|redaktion|redazione|redakcj|redakc[eií]|redactie|редакци|редакці|编辑部|編輯部|編集部/u;

/**
 * A supporters' scheme named for the outlet, as a short label ("Friends of the Messenger", "Amigos do
 * Eco", "Друзья «Недели»", "南湖边之友"): lower-cased, the whole block.
 */
export const FRIENDS_OF =
  /^(?:(?:the|les|los|las|os|as|gli|i|die|de|les)\s+)?(?:friends of|amig[oa]s d[eoa]s?|amis d(?:e|u|es)|amici d(?:i|el|ell[ao]|ei|egli)|freunde d(?:er|es)|freundeskreis|przyjaciele|vrienden van|друзья|друзі)(?!\p{L})|\S(?:之友|の友|の会)$/u;

/**
 * What a subscription offers beyond the paywall: reading on, without limit or all of it ("Neem een digitaal
 * abonnement en lees onbeperkt", "すべての記事が読めるほか", "acesso ilimitado"), in any case.
 */
export const READ_ON =
  /(?<![\p{L}])(?:unlimited|keep reading|continue reading|onbeperkt|blijven lezen|unbegrenzt|unbeschränkt|weiterlesen|illimité|en illimité|continuer à lire|ilimitad[oa]|sigue leyendo|seguir leyendo|illimitat[oa]|continua(?:re)? a leggere|continue lendo|continuar lendo|nieograniczon\p{L}*|czytaj dalej|безлимит\p{L}*|неограниченн\p{L}*|необмежен\p{L}*|sınırsız|neomezen\p{L}*|ohne limit|alle (?:unsere |unserer )?(?:artikel|inhalte|beiträge)|tous nos (?:contenus|articles)|all (?:of )?our (?:articles|stories|journalism)|todos nuestros (?:contenidos|artículos)|tutti i (?:nostri )?(?:contenuti|articoli)|todos os (?:nossos )?(?:conteúdos|artigos)|wszystkie (?:nasze )?(?:artykuły|teksty)|alle (?:onze )?artikelen|все (?:наши )?материалы|усі (?:наші )?матеріали)(?![\p{L}])|読み放題|続きを読むには|続きのニュースを読むには|続きをお読みいただくには|すべての記事が読め|全ての記事が読め|記事もお読みいただけ|記事をお読みいただけ|无限阅读|無限閱讀|畅读|暢讀/iu;

/**
 * A note that the story is for subscribers or members but opened to everyone ("この記事は会員限定記事
 * ですが、期間限定で無料公開しています", "This article is usually for subscribers only"), lower-cased.
 */
export const UNLOCKED_NOTE =
  /(?:(?:usually|normally) (?:for|reserved for|available to) (?:subscribers|members)|subscriber-only (?:article|story)|(?:eigentlich|normalerweise) nur für (?:abonnent|mitglied)|exceptionnellement (?:en accès libre|offert)|normalmente (?:reservad[oa]|exclusiv[oa]) (?:a|para) (?:suscriptores|assinantes)|di solito riservat[oa] agli abbonati|zwykle (?:dostępny|dostępna) (?:tylko )?dla (?:prenumeratorów|subskrybentów)|normaal alleen voor abonnees|обычно (?:доступ\p{L}* )?только для подписчиков|зазвичай (?:доступ\p{L}* )?лише для передплатників)|会員限定記事ですが|有料会員限定記事ですが|期間限定で無料公開|限时免费阅读|限時免費閱讀/u;

/**
 * A paywall's note that the story is for subscribers or members only, or that the reader's free
 * stories are used up ("Ten artykuł jest dostępny dla prenumeratorów.", "Artigo exclusivo para
 * assinantes.", "本文为会员专享内容。", "Has alcanzado el límite de noticias gratuitas."), lower-cased.
 */
export const SUBSCRIBERS_ONLY =
  /(?:(?:for|to) (?:paying )?(?:subscribers|members) only|only (?:for|to|available to) (?:subscribers|members)|exclusive(?:ly)? (?:for|to) subscribers|(?:you have|you've) reached (?:your|the) (?:limit|free)|nur für (?:abonnent|abonnement-kund)|exklusiv für abonnent|abonnenten vorbehalten|réservée? aux abonnés|exclusivement (?:aux|pour les) abonnés|vous avez atteint (?:la|votre) limite|(?:exclusivo|solo|sólo) para suscriptores|ha(?:s)? alcanzado el límite|riservat[oa] agli abbonati|esclusiv[oa] per (?:gli )?abbonati|solo per (?:gli )?abbonati|hai raggiunto il limite|(?:exclusiv[oa]|apenas|só) para assinantes|atingiu o limite|dostępn\p{L}* (?:tylko )?dla (?:prenumeratorów|subskrybentów)|tylko dla (?:prenumeratorów|subskrybentów)|alleen voor abonnees|exclusief voor abonnees|доступ\p{L}* только (?:по подписке|подписчикам|для подписчиков)|только для подписчиков|доступн\p{L}* лише (?:за передплатою|передплатникам|для передплатників)|лише для передплатників)|会员专享|會員專享|付费内容|付費內容|订阅用户专享|訂閱用戶專享|仅限会员|僅限會員|有料会員限定|会員限定記事です|購読者限定/u;

/** A login or sign-up control's label in the languages newsclean reads, lower-cased. */
const LOGIN_LABEL =
  "(?:log ?in|sign ?in|sign ?up|register|create an account|anmelden|einloggen|registrieren|se connecter|connexion|s['’]inscrire|créer un compte|iniciar sesión|inicia sesión|regístrate|registrarse|accedi|registrati|entrar|entre|cadastre-se|cadastrar|zaloguj się|zarejestruj się|inloggen|registreren|войти|вход|регистрация|зарегистрироваться|увійти|вхід|реєстрація|зареєструватися|登入|登录|註冊|注册|ログイン|サインイン|会員登録|新規登録)";

/**
 * A login box's line: its controls alone ("登入 / 註冊", "Log in | Register", "ログイン"), or a note
 * that members log in or that logging in saves and comments ("会員の方はログイン", "登入後可收藏文章及留言").
 */
export const LOGIN_LINE = new RegExp(
  `^(?:${LOGIN_LABEL}(?:\\s*(?:[/|·]|or|oder|ou|o|of|или|або|lub)\\s*${LOGIN_LABEL})?|(?:すでに|既に)?(?:会員|メンバー)の方は(?:こちら|ログイン|サインイン)|(?:登入|登录)後?后?可(?:收藏|留言|評論|评论)\\S*)[.!。]?$`,
  'u',
);

/**
 * Subscriptions and memberships named as nouns ("un abbonamento costa meno di un pieno", "318
 * abbonamenti dalla soglia"): what a note from the outlet sells, in any of its forms, in any case.
 */
export const SUBSCRIPTION_NOUNS =
  /subscri|abonn|abbonam|abbonat|assinatur|assinante|suscrip|suscript|prenumerat|abone|předplat|подписк|подписчик|передплат|会员|會員|会員|订阅|訂閱|購読|开通|開通/iu;
