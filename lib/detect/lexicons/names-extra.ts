/**
 * First names that children, parents and colleagues in Dutch schools often have but that no installed
 * @zxcvbn-ts list covers well: the nl-be list holds recent Belgian baby names, so older Dutch given names
 * are missing, and there is no Turkish, Surinamese (Hindustani, Creole, Javanese), Antillean,
 * Indonesian, Frisian, Ghanaian, Eritrean, Somali, Afghan, Portuguese or Ukrainian list at all. Hand-made from common-name knowledge (not from any corpus); lower-case.
 */
export const EXTRA_FIRST_NAMES: readonly string[] = [
  // Dutch given names of older generations (parents, colleagues, grandparents)
  ...'wim kees joop gerrit klaas harm sjoerd wietske hennie henny annemiek marjolein ineke ria riet truus mieke gerda hetty dineke baukje corrie greet bep cor ton gert gerard hans jos joke anneke janneke marjan jolanda yolanda petra saskia miranda marion jacqueline astrid karin monique esther mirjam hanneke femke sietske jelle rutger bart arjen erik maarten martijn wouter gijs teun hidde pim stijn niels ruud frits jaap piet herman willem dirk roel remco menno sybren tjeerd wiebe jitske nienke marit floor puck pien jip guus tijn siem fedde ids annelies anke wilma ellen marian marianne carla tineke hester jeannette margreet willemijn liesbeth lisette mariska manon jorien hilde ilona sandra nicole linda bianca kim eline merijn thijmen jurre sepp ties mats twan koen niek rik lars olaf jochem freek bastiaan joris wessel'.split(
    ' ',
  ),
  // Turkish
  ...'ahmet mehmet mustafa emre burak yusuf ömer omer emir eymen kerem enes furkan berat efe arda mert kaan oğuz oguz onur serkan volkan murat hakan hüseyin huseyin ibrahim ismail osman recep tolga uğur ugur yasin yunus batuhan alperen baran çağrı deniz doruk elif zeynep ayşe ayse fatma hatice emine büşra busra ecrin defne azra eylül eylul nisa ela duru yağmur yagmur buse gizem tuğba tugba şeyma seyma sümeyye hilal betül betul özlem ozlem nurcan sevgi derya gül gülsüm hülya melek sibel songül ebru dilara rabia beyza irem hira miray nehir asya öykü zehra esma sena sude ceren aslı asli cem selim sinan tuncay ufuk erdem ilker levent'.split(
    ' ',
  ),
  // Turkish names with ç, ş, ğ and ı (also matched without the marks)
  ...'çağla çağatay gökhan doğan doğukan ayşegül ümit işıl çiğdem özge gökçe tuğçe şevval müge gülşen nazlı sıla çınar aybüke ilayda şükrü ertuğrul gökay görkem barış buğra ezgi fırat gülay hacer ılgın kübra melis nergis oğuzhan öznur pınar rümeysa seda şule tülay yiğit zerrin beren elifnur zehranur kardelen'.split(
    ' ',
  ),
  // Moroccan and Berber
  ...'abdelkader abdellah abdelilah abderrahim adil anouar anass achraf amine ayman badr brahim driss hicham jamal karim khalid mounir mourad mustapha nordin othman rayan redouan soufiane taha tarik yassine younes zakaria zakariya imad ismaël ismael iliass nouh asmae chaima dounia fatima fatiha hafsa hanane ikram imane inas kawtar khadija latifa loubna malika meryem nadia naima nouhaila rania salma samira sanae souad yasmina yousra zainab zineb houda hajar ilham wafae zohra mohammed mohamed abdel nassim nabil noureddine omar oussama said yahya ibtissam siham mo'.split(
    ' ',
  ),
  // Surinamese: Hindustani, Creole, Javanese
  ...'anjali ashwin avinash chandrika deepak devika dinesh geeta girish indira kavita kiran krishna lalita mahesh manoj meena mukesh nalini navin nisha pooja prakash radha rajesh rakesh ramesh ravi reshma rishi sandjai sanjay sarita shanti sharmila shiva soenita sunil sunita suresh usha vijay vikash vishal ajay amit anand arvind ashok dharmindra ritesh radjesh radjen sharda varsha vanita anuradha kamla romano quincy jerrel jerrol shanice shaquille xaviera roxanne jermaine virgil edson reginald sharona sharleen delano marciano giovanni sukarni soekarni wagiman'.split(
    ' ',
  ),
  // Antillean and Aruban
  ...'jurgen shurandy jeandro jairzinho kenrick ruthline rignald djurick jurmaine churandy kendrick quinty sheryl jahaira yuraima nathaly jurickson urby shurwin ergilio ruchella eldridge rudsel jair'.split(
    ' ',
  ),
  // Indonesian and Moluccan
  ...'sari putri wulan indah ayu rini siti agus budi hendra joko wahyu bayu rizky andi rudi yanti lestari kartika nanda intan sinta dian eka fitri ratna yuli'.split(
    ' ',
  ),
  // Frisian
  ...'jildou sytske hylke jelmer wybren auke bauke douwe durk fokke gerben hessel jitse lolke minne oebele rients siebe tsjalle wopke ymke aukje froukje geeske hiske janke jeltje nynke romke sytse tjalling haitske wiebren jetske sjoukje tsjitske lieuwe meindert reinder sipke tjerk watse eelke folkert hindrik jouke jurjen renske tjitte ybe'.split(
    ' ',
  ),
  // Ghanaian (Akan, Ewe, Ga)
  ...'kwame kofi kwabena kwaku yaw kojo kwesi kwasi kwadwo akua abena adwoa afua efua akosua yaa esi adjoa ekow fiifi afia akwasi kobina ekua araba efia maame nii naa selasi elikem edem senyo mawuli kafui delali etornam dzifa'.split(
    ' ',
  ),
  // Eritrean and Ethiopian
  ...'yonas filmon semhar senait tesfay mehari dawit yohannes habtom kidane eyob merhawi mussie robel selam rahel luwam winta feven meron ruta tsega tigist hiwet adiam nahom bereket biniam amanuel natnael yafet henok lidya liya segen yordanos merhawit tesfalem goitom kibrom simret'.split(
    ' ',
  ),
  // Somali, Afghan, Iranian and Kurdish
  ...'abdi abdirahman abdullahi hodan ayaan fadumo hamdi ikran ilhan khadra nimco sahra warsame mahad liban guled hibaq ubah sagal deeqa hawo zamzam ahmad farid mariam parwana zahra hamid nazir sohrab wahid zarghona farzana fereshteh shabnam sahar arezu mehdi behrouz omid setareh roya rojin berivan dilan roza rezan zana hevin'.split(
    ' ',
  ),
  // Hindustani (Surinamese and Indian spellings)
  ...'pravin radjinder sanjiv rajiv ashna anisha priya shivani roshni ravina kishan arjun rohan rahul vishnu nirmala chitra bhawna ritika naresh rishma sheetal sonali vinod anil kavish nishant aarav aryan akash ankita divya karan kavya neha rajendra yogesh dewkoemar ramkoemar radjkoemar kalawatie soedesh soeresh ashvin asha'.split(
    ' ',
  ),
  // Portuguese and Cape Verdean, Ukrainian
  ...'nuno joão joao tiago rui duarte gonçalo goncalo inês ines leonor vasco sérgio oleksandr olena dmytro yulia mykola bohdan taras sofiia anastasiia kateryna oksana iryna andriy vasyl yaroslav maksym artem daryna viktoriia polina zlata svitlana tetiana yevhen serhiy volodymyr'.split(
    ' ',
  ),
];
