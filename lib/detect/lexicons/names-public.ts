/**
 * Public and fictional figures that Dutch and Flemish teachers, parents and children mention: children's
 * authors and illustrators, classic children's book and TV characters, Sinterklaas characters, national
 * athletes, royals, politicians, entertainers, historical and Bible figures and education thinkers. Hand-kept from
 * general knowledge of Dutch and Flemish public life (the kind of names in Wikipedia's lists of Dutch
 * children's authors, Olympic champions, cabinet members and the Royal House), not from any corpus.
 * Full names, and single words only where they are an unambiguous surname or character name (never a
 * first name that children have too, such as "Elsa" or "Bert": those appear only in a full name or a pair).
 * Lower-case, one entry per comma; matched word by word, diacritics folded.
 */
export const PUBLIC_FIGURES = `
annie m.g. schmidt, annie schmidt, paul biegel, thea beckman, guus kuijer, carry slee, francine oomen,
paul van loon, jacques vriens, dick bruna, max velthuijs, thé tjong-khing, joke van leeuwen,
toon tellegen, bibi dumon tak, marc de bel, bart moeyaert, anna woltz, janneke schotveld, tosca menten,
harmen van straaten, mirjam oldenhave, hans kuyper, sjoerd kuyper, tonke dragt, jan terlouw, els pelgrom,
imme dros, dolf verroen, willem wilmink, ted van lieshout, edward van de vendel, jan paul schutten,
fiep westendorp, harriët van reek, sylvia vanden heede, arend van dam, vivian den hollander,
rindert kromhout, annemarie bon, jozua douglas, martine letterie, selma noort, chris van abkoude,
an rutgers van der loeff, philip hopman, charlotte dematons, marit törnqvist, mies bouhuys, hans andreus,
hans hagen, monique hagen, koos meinderts, guido van genechten, gideon samson, simon van der geest,
marjolijn hof, wouter klootwijk, lydia rood, anke kranendonk, caja cazemier, mel wallis de vries,
peter vervloed, reggie naus, astrid lindgren, roald dahl, enid blyton, j.k. rowling, jk rowling,
jeff kinney, liz pichon, david walliams, julia donaldson, axel scheffler, eric carle, dr. seuss,
leo lionni, maurice sendak, a.a. milne, tove jansson, cornelia funke, michael ende, erich kästner,
rick riordan, judith kerr, rachel renée russell, lindgren, blyton, rowling, walliams, biegel, beckman,
schotveld, oldenhave, velthuijs,

multatuli, vondel, joost van den vondel, harry mulisch, mulisch, hella haasse, gerard reve,
w.f. hermans, willem frederik hermans, herman koch, arnon grunberg, griet op de beeck, kader abdolah,
adriaan van dis, saskia noort, esther verhoef, tommy wieringa, connie palmen, lale gül, jan siebelink,
hugo claus, stefan hertmans, anne frank, etty hillesum, corrie ten boom, jane austen, shakespeare,
william shakespeare, charles dickens, tolkien, j.r.r. tolkien, george orwell, stephen king, james clear,
brené brown, yuval noah harari, rutger bregman, simon sinek, lucebert, vasalis, m. vasalis,
rutger kopland, remco campert, ingmar heytze, toon hermans, herman finkers,

maria montessori, montessori, célestin freinet, freinet, peter petersen, rudolf steiner, kees boeke,
jean piaget, piaget, lev vygotsky, vygotsky, john hattie, howard gardner, carol dweck, dylan wiliam,
paul kirschner, erik scherder, scherder, luc stevens, gert biesta, ken robinson, john dewey, paulo freire,

sint-nicolaas, amerigo, ozosnel, hoofdpiet, wegwijspiet, pakjespiet, zwarte piet, pietje bell,
kruimeltje, dolfje weerwolfje, dolfje, dummie de mummie, pluk van de petteflet, jip en janneke, nijntje,
nijntje pluis, miffy, dikkie dik, rupsje nooitgenoeg, pinkeltje, floddertje, ciske de rat, otje,
abeltje, dikkertje dap, pippi langkous, pippi longstocking, ronja de roversdochter,
bolke de beer, winnie de poeh, winnie the pooh, knorretje, teigetje, iejoor, paddington, bert en ernie,
koekiemonster, ieniemienie, kermit, bassie en adriaan, swiebertje, paulus de boskabouter,
alfred jodocus kwak, woezel en pip, kabouter plop, samson en gert, samson en marie, bumba, fien en teun,
tom poes, olivier b. bommel, heer bommel, suske en wiske, jommeke, kiekeboe, kuifje, tintin, asterix,
obelix, donald duck, guus geluk, dagobert duck, mickey mouse, minnie mouse, sneeuwwitje, assepoester,
roodkapje, doornroosje, repelsteeltje, hans en grietje, rapunzel, pinokkio, pinocchio, peter pan,
tinkerbell, kapitein haak, harry potter, hermelien griffel, hermione granger, ron wemel, ron weasley,
perkamentus, dumbledore, voldemort, hagrid, hermione, hermelien, hogwarts, zweinstein, sherlock holmes, mowgli, baloe, simba, shrek, gruffalo,
bluey, bandit heeler, peppa pig, peppa big, pikachu, spiderman, spider-man, batman, superman,
greg heffley, tom gates, dog man, kapitein onderbroek, geronimo stilton, thea stilton, willy wonka,
barbapapa, pingu, brandweerman sam, bob de bouwer, pieter post, thomas de trein, anna en elsa,
lightning mcqueen, buzz lightyear, romeo en julia, romeo and juliet, charlie and the chocolate factory, kikker en pad, minoes, mees kees,

femke bol, sifan hassan, dafne schippers, lieke klaver, max verstappen, verstappen, lieke martens,
vivianne miedema, virgil van dijk, memphis depay, frenkie de jong, matthijs de ligt,
cody gakpo, gakpo, xavi simons, denzel dumfries, johan cruijff, johan cruyff, cruijff, cruyff,
marco van basten, ruud gullit, dennis bergkamp, arjen robben, robin van persie, wesley sneijder,
louis van gaal, ronald koeman, sarina wiegman, sven kramer, ireen wüst, jutta leerdam,
irene schouten, kjeld nuis, joy beune, suzanne schulting, jorien ter mors, thomas krol,
harrie lavreysen, lavreysen, mathieu van der poel, tom dumoulin, annemiek van vleuten, demi vollering,
marianne vos, epke zonderland, sanne wevers, ranomi kromowidjojo, inge de bruijn,
pieter van den hoogenband, maarten van der weijden, sharon van rouwendaal, nouchka fontijn,
tallon griekspoor, kiki bertens, rico verhoeven, anky van grunsven, marit bouwmeester, femke heemskerk,
arno kamminga, nina derwael, nafi thiam, remco evenepoel, wout van aert, kevin de bruyne, eden hazard,
romelu lukaku, lionel messi, cristiano ronaldo, kylian mbappé, mbappé, erling haaland, lewis hamilton,
usain bolt, simone biles, serena williams, roger federer, rafael nadal, novak djokovic, laura dekker,
fanny blankers-koen, jill roord, daphne van domselaar, puck pieterse, femke kok, xandra velzeboer,

willem-alexander, máxima, catharina-amalia, prins bernhard, prins claus,
prins constantijn, prinses laurentien, koning filip, koningin mathilde,

mark rutte, rutte, geert wilders, wilders, frans timmermans, dilan yeşilgöz, yeşilgöz, pieter omtzigt,
omtzigt, caroline van der plas, sigrid kaag, hugo de jonge, jesse klaver, rob jetten, lilian marijnissen,
thierry baudet, baudet, dick schoof, wopke hoekstra, kajsa ollongren, henri bontenbal, bontenbal,
mona keijzer, femke halsema, ahmed aboutaleb, aboutaleb, jan peter balkenende, balkenende,
wim kok, ruud lubbers, pim fortuyn, fortuyn, joop den uyl, willem drees, eppo bruins, robbert dijkgraaf,
mariëlle paul, dennis wiersma, arie slob, ingrid van engelshoven, bart de wever, alexander de croo,
jan jambon, conner rousseau, tom van grieken, donald trump, trump, joe biden, biden, kamala harris,
barack obama, obama, michelle obama, vladimir poetin, poetin, putin, volodymyr zelensky, zelensky,
zelenski, emmanuel macron, macron, angela merkel, merkel, olaf scholz, ursula von der leyen,
keir starmer, boris johnson, elon musk, bill gates, greta thunberg, martin luther king, nelson mandela,
mandela, mahatma gandhi, gandhi, malala yousafzai, rosa parks, esther ouwehand, frans weerwind,
fleur agema, jimmy dijk, marjolein faber, sophie hermans,

arjen lubach, lubach, eva jinek, jinek, beau van erven dorens, matthijs van nieuwkerk, linda de mol,
paul de leeuw, jeroen pauw, tim hofman, johnny de mol, marco borsato, borsato, andré hazes, guus meeuwis,
frans bauer, jan smit, davina michelle, duncan laurence, joost klein, emma heesters, ilse delange,
glennis grace, roxy dekker, enzo knol, dylan haegens, teske de schepper, ronnie flex, lil kleine,
martin garrix, armin van buuren, tiësto, rolf sanchez, najib amhali, youp van 't hek, claudia de breij,
hans teeuwen, theo maassen, brigitte kaandorp, freek de jonge, wim sonneveld, andré van duin,
carice van houten, rutger hauer, famke janssen, dieuwertje blok, freek vonk, philip freriks,
yvon jaspers, chantal janzen, humberto tan, jeroen van koningsbrugge, klaas van kruistum,
sophie hilbrand, kees van kooten, wim de bie, ali b, ed sheeran, taylor swift, beyoncé, billie eilish,
ariana grande, lana del rey, harry styles, justin bieber, michael jackson, elvis presley, john lennon,
freddie mercury, david bowie, shakira, rihanna,

vincent van gogh, van gogh, rembrandt, rembrandt van rijn, johannes vermeer, piet mondriaan,
mondriaan, m.c. escher, escher, frans hals, jan steen, jeroen bosch, hieronymus bosch, pieter bruegel,
willem van oranje, michiel de ruyter, erasmus, spinoza, christiaan huygens, antoni van leeuwenhoek,
hugo de groot, johan van oldenbarnevelt, jan pieterszoon coen, karel de grote, napoleon,
napoleon bonaparte, albert einstein, einstein, isaac newton, charles darwin, darwin, columbus,
christoffel columbus, mozart, beethoven, leonardo da vinci, picasso, frida kahlo, abraham lincoln,
aletta jacobs, marie curie, florence nightingale, johan de witt, stephen hawking, galileo galilei,
copernicus, mozes, goliath, david en goliath, jona en de walvis, adam en eva, kaïn en abel,
maria en jozef, zacheüs, bartimeüs, nebukadnezar, hannie schaft, titus brandsma, anton de kom, mata hari, julius caesar, alexander de grote
`;
