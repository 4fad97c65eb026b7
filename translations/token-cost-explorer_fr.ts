<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ChartExport</name>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1&#xa0;: écriture impossible (%2)</translation>
    </message>
    <message>
        <source>%1: cannot write (%2); any previous file is unchanged</source>
        <translation>%1&#xa0;: écriture impossible (%2)&#x202f;; le fichier existant reste inchangé</translation>
    </message>
    <message>
        <source>size %1x%2 is out of range; expected 16 to 20000 pixels each way</source>
        <translation>la taille %1x%2 est hors limites&#x202f;; attendu&#xa0;: de 16 à 20&#x202f;000 pixels dans chaque dimension</translation>
    </message>
    <message>
        <source>DPI %1 is out of range; expected 24 to 2400</source>
        <translation>la résolution de %1 PPP est hors limites&#x202f;; attendu&#xa0;: de 24 à 2&#x202f;400</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>l&apos;image n&apos;a pas pu être encodée</translation>
    </message>
    <message>
        <source>%1 reasoning</source>
        <translation>%1 de raisonnement</translation>
    </message>
    <message>
        <source>%1 written to the cache</source>
        <translation>%1 écrits dans le cache</translation>
    </message>
    <message>
        <source>%1 from the cache</source>
        <translation>%1 depuis le cache</translation>
    </message>
    <message>
        <source>speculative: %1, k = %2, α = %3</source>
        <translation>spéculatif&#xa0;: %1, k = %2, α = %3</translation>
    </message>
    <message>
        <source>draft head</source>
        <translation>tête de brouillon</translation>
    </message>
    <message>
        <source>%1 · %2 × %3 · %4 weights, %5 KV cache · %6 input, %7 output tokens%8 · batch %9 · %10 · Token Cost Explorer %11 · %12</source>
        <translation>%1 · %2 × %3 · poids %4, cache KV %5 · %6 tokens d&apos;entrée, %7 de sortie%8 · lot %9 · %10 · Token Cost Explorer %11 · %12</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>there is no slide</source>
        <translation>il n&apos;y a aucune diapositive</translation>
    </message>
    <message>
        <source>a slide cannot be written as CSV</source>
        <translation>une diapositive ne peut pas être écrite en CSV</translation>
    </message>
    <message>
        <source>the PDF could not start page %1</source>
        <translation>le PDF n&apos;a pas pu commencer la page %1</translation>
    </message>
    <message>
        <source>1 client</source>
        <translation>1 client</translation>
    </message>
    <message>
        <source>%1 clients</source>
        <translation>%1 clients</translation>
    </message>
    <message>
        <source>%1 requests/s</source>
        <translation>%1 requêtes/s</translation>
    </message>
    <message>
        <source>%1 without flash attention</source>
        <translation>%1 sans flash attention</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>Why do output tokens cost more?</source>
        <translation>Pourquoi les tokens de sortie coûtent-ils plus cher&#x202f;?</translation>
    </message>
    <message>
        <source>A prompt is processed in one run. Every output token needs a run of its own: here 6 prompt tokens go through the prefill together, then each of the 5 decode steps processes a single token.</source>
        <translation>Un prompt est traité en une seule passe. Chaque token de sortie exige sa propre passe&#xa0;: ici, les 6 tokens du prompt passent ensemble par le préremplissage, puis chacune des 5 étapes de décodage traite un seul token.</translation>
    </message>
    <message>
        <source>Per token, the arithmetic is nearly the same: about two FLOPs per parameter, plus attention over the earlier tokens. FLOPs alone cannot explain a price gap of 3 to 5 times.</source>
        <translation>Par token, le calcul est presque le même&#xa0;: environ deux FLOP par paramètre, plus l&apos;attention sur les tokens précédents. Les FLOP ne peuvent pas expliquer à eux seuls un écart de prix de 3 à 5 fois.</translation>
    </message>
    <message>
        <source>an output token: ~16 GFLOP,
a prompt token: ~14 GFLOP</source>
        <translation>un token de sortie&#xa0;: ~16 GFLOP,
un token du prompt&#xa0;: ~14 GFLOP</translation>
    </message>
    <message>
        <source>Time tells another story. The prefill keeps the GPU&apos;s arithmetic busy, while each decode step streams all 16 GB of weights from memory to produce one token: an output token takes hundreds of times the GPU time of a prompt token.</source>
        <translation>Le temps raconte une autre histoire. Le préremplissage occupe pleinement les unités de calcul du GPU, alors que chaque étape de décodage lit en mémoire la totalité des 16 Go de poids pour produire un seul token&#xa0;: un token de sortie prend des centaines de fois plus de temps GPU qu&apos;un token du prompt.</translation>
    </message>
    <message>
        <source>Batching shares each read of the weights among many sequences: a step for 16 sequences takes barely longer than a step for one, so each output token costs far less.</source>
        <translation>Le traitement par lots partage chaque lecture des poids entre de nombreuses séquences&#xa0;: une étape pour 16 séquences dure à peine plus longtemps qu&apos;une étape pour une seule, donc chaque token de sortie coûte beaucoup moins cher.</translation>
    </message>
    <message>
        <source>On the roofline, the prefill sits under the flat compute roof; decode sits far left on the memory slope, using a small share of the GPU&apos;s arithmetic.</source>
        <translation>Sur le graphique roofline, le préremplissage se place sous le plafond plat du calcul&#x202f;; le décodage se trouve tout à gauche, sur la pente de la mémoire, et n&apos;utilise qu&apos;une petite part de la puissance de calcul du GPU.</translation>
    </message>
    <message>
        <source>Even batched, an output token here costs far more GPU time than an input token, while list prices charge 3 to 8 times as much: providers price for the mix of requests they serve.</source>
        <translation>Même par lots, un token de sortie coûte ici bien plus de temps GPU qu&apos;un token d&apos;entrée, alors que les prix affichés ne le facturent que 3 à 8 fois plus&#xa0;: les fournisseurs fixent leurs prix pour l&apos;ensemble des requêtes qu&apos;ils servent.</translation>
    </message>
    <message>
        <source>What the KV cache buys</source>
        <translation>Ce qu&apos;apporte le cache KV</translation>
    </message>
    <message>
        <source>With a KV cache, each new token attends to stored keys and values, and total compute grows with the square of the length. Without it, every output token recomputes the whole prefix: the cube.</source>
        <translation>Avec un cache KV, chaque nouveau token porte son attention sur les clés et les valeurs stockées, et le calcul total croît comme le carré de la longueur. Sans cache, chaque token de sortie recalcule tout le préfixe&#xa0;: le calcul croît comme le cube.</translation>
    </message>
    <message>
        <source>Without the cache, the 500th output token costs a prefill over 2,548 tokens: about 2,500 times the work of a decode step.</source>
        <translation>Sans le cache, le 500e token de sortie coûte un préremplissage sur 2&#x202f;548 tokens&#xa0;: environ 2&#x202f;500 fois le travail d&apos;une étape de décodage.</translation>
    </message>
    <message>
        <source>The price of the cache is memory: every token leaves keys and values in every layer, 128 KiB per token for Llama-3.1-8B in bf16. Sixteen sequences of 32,000 tokens do not fit on one H100.</source>
        <translation>Le prix du cache, c&apos;est la mémoire&#xa0;: chaque token laisse des clés et des valeurs dans chaque couche, soit 128 Kio par token pour Llama-3.1-8B en bf16. Seize séquences de 32&#x202f;000 tokens ne tiennent pas sur un seul H100.</translation>
    </message>
    <message>
        <source>And each decode step reads the whole cache: the bytes moved per output token grow with the context.</source>
        <translation>Et chaque étape de décodage lit tout le cache&#xa0;: les octets transférés par token de sortie augmentent avec le contexte.</translation>
    </message>
    <message>
        <source>Long outputs</source>
        <translation>Sorties longues</translation>
    </message>
    <message>
        <source>A 64K-token output: each step attends to everything before it, so the cost grows faster than the output. Compare the curve with the straight line that one price per token assumes.</source>
        <translation>Une sortie de 64K tokens&#xa0;: chaque étape porte son attention sur tout ce qui la précède, donc le coût croît plus vite que la sortie. Comparez la courbe à la droite que suppose un prix unique par token.</translation>
    </message>
    <message>
        <source>The 60,000th output token costs several times the first: its step reads 60,000 tokens of keys and values.</source>
        <translation>Le 60&#x202f;000e token de sortie coûte plusieurs fois plus que le premier&#xa0;: son étape lit les clés et les valeurs de 60&#x202f;000 tokens.</translation>
    </message>
    <message>
        <source>Long sequences fill memory: at 67,000 tokens only a few sequences fit on one H100, so fewer requests share each read of the weights.</source>
        <translation>Les longues séquences remplissent la mémoire&#xa0;: à 67&#x202f;000 tokens, seules quelques séquences tiennent sur un H100, donc moins de requêtes se partagent chaque lecture des poids.</translation>
    </message>
    <message>
        <source>With fewer sequences per step, each output token carries more GPU time. Long-output products are priced higher per token: GPT-4o&apos;s 64K-output variant charged $18 instead of $15 per million.</source>
        <translation>Avec moins de séquences par étape, chaque token de sortie porte plus de temps GPU. Les offres à sortie longue sont plus chères par token&#xa0;: la variante de GPT-4o à 64K tokens de sortie facturait 18 $ au lieu de 15 $ par million.</translation>
    </message>
    <message>
        <source>Heavy and light users</source>
        <translation>Gros et petits utilisateurs</translation>
    </message>
    <message>
        <source>One price per token, very different margins per request: at these prices, short chats earn money and long ones lose it.</source>
        <translation>Un seul prix par token, des marges très différentes selon la requête&#xa0;: à ces prix, les conversations courtes rapportent de l&apos;argent et les longues en font perdre.</translation>
    </message>
    <message>
        <source>Where requests land: the line separates the profitable short outputs from loss-making long ones; the dots are requests of the chat mix, fitted to a real conversation trace.</source>
        <translation>Où tombent les requêtes&#xa0;: la ligne sépare les sorties courtes rentables des sorties longues déficitaires&#x202f;; les points sont les requêtes du mélange «&#xa0;chat&#xa0;», ajusté sur une trace réelle de conversations.</translation>
    </message>
    <message>
        <source>A reasoning-heavy mix: long chains of thought dominate, and a price made for chat loses money on nearly every request.</source>
        <translation>Un mélange riche en raisonnement&#xa0;: les longues chaînes de pensée dominent, et un prix conçu pour le chat perd de l&apos;argent sur presque chaque requête.</translation>
    </message>
    <message>
        <source>Code completion: long prompts, tiny outputs, nearly all profitable. A provider prices for the average over the requests it actually gets.</source>
        <translation>Complétion de code&#xa0;: longs prompts, sorties minuscules, presque toutes rentables. Un fournisseur fixe ses prix selon la moyenne des requêtes qu&apos;il reçoit réellement.</translation>
    </message>
    <message>
        <source>Shrinking the cache</source>
        <translation>Réduire le cache</translation>
    </message>
    <message>
        <source>Llama-2-7B gives every attention head its own keys and values (multi-head attention): 512 KiB per token in bf16.</source>
        <translation>Llama-2-7B donne à chaque tête d&apos;attention ses propres clés et valeurs (attention multi-têtes)&#xa0;: 512 Kio par token en bf16.</translation>
    </message>
    <message>
        <source>Llama-3.1-8B shares each key/value head among four query heads (grouped-query attention): 128 KiB per token, a quarter of the cache.</source>
        <translation>Llama-3.1-8B partage chaque tête clé/valeur entre quatre têtes de requête (attention à requêtes groupées)&#xa0;: 128 Kio par token, un quart du cache.</translation>
    </message>
    <message>
        <source>Mistral-7B also keeps only the last 4,096 tokens in every layer (a sliding window): beyond 4K tokens its cache stops growing.</source>
        <translation>Mistral-7B ne garde en outre que les 4&#x202f;096 derniers tokens dans chaque couche (une fenêtre glissante)&#xa0;: au-delà de 4K tokens, son cache cesse de croître.</translation>
    </message>
    <message>
        <source>Gemma 2 alternates global layers and 4,096-token sliding layers: half of its cache stops growing.</source>
        <translation>Gemma 2 alterne des couches globales et des couches à fenêtre glissante de 4&#x202f;096 tokens&#xa0;: la moitié de son cache cesse de croître.</translation>
    </message>
    <message>
        <source>DeepSeek-V3 caches one compressed latent per token and layer (multi-head latent attention): 69 KiB per token for a 671B-parameter model, about half of Llama-3.1-8B&apos;s.</source>
        <translation>DeepSeek-V3 met en cache un seul vecteur latent compressé par token et par couche (attention latente multi-têtes)&#xa0;: 69 Kio par token pour un modèle de 671 milliards de paramètres, environ la moitié de celui de Llama-3.1-8B.</translation>
    </message>
    <message>
        <source>Why your request waits</source>
        <translation>Pourquoi votre requête attend</translation>
    </message>
    <message>
        <source>One user alone: the first token comes after 56 ms, then one every 8.8 ms, 113 output tokens per second. The H100 reads all the weights for every token of that one user.</source>
        <translation>Un utilisateur seul&#xa0;: le premier token arrive après 56 ms, puis un toutes les 8,8 ms, soit 113 tokens de sortie par seconde. Le H100 lit tous les poids pour chaque token de cet unique utilisateur.</translation>
    </message>
    <message>
        <source>25 users at once: each still waits 0.17 s (median) for the first token and gets a token every 14 ms, yet the GPU now produces 1,543 tokens per second, 14 times as many from the same reads of the weights.</source>
        <translation>25 utilisateurs à la fois&#xa0;: chacun n&apos;attend toujours que 0,17&#xa0;s (médiane) le premier token et reçoit un token toutes les 14 ms, mais le GPU produit désormais 1&#x202f;543 tokens par seconde, 14 fois plus avec les mêmes lectures des poids.</translation>
    </message>
    <message>
        <source>The knee, at 32 clients: 1,745 tokens per second for 9.4 s per request, the most throughput per second of waiting. Up to here more users cost each other little time.</source>
        <translation>Le coude, à 32 clients&#xa0;: 1&#x202f;745 tokens par seconde pour 9,4&#xa0;s par requête, le meilleur débit par seconde d&apos;attente. Jusqu&apos;ici, des utilisateurs supplémentaires se coûtent peu de temps les uns aux autres.</translation>
    </message>
    <message>
        <source>Past the knee, at 256 clients, the KV cache is full: at most 211 sequences run and about 70 requests wait in the queue. Throughput hardly grows (2,726 tokens per second), while the median wait for a first token reaches 5.3 s.</source>
        <translation>Au-delà du coude, à 256 clients, le cache KV est plein&#xa0;: au plus 211 séquences tournent et environ 70 requêtes attendent dans la file. Le débit ne croît presque plus (2&#x202f;726 tokens par seconde), tandis que l&apos;attente médiane d&apos;un premier token atteint 5,3&#xa0;s.</translation>
    </message>
    <message>
        <source>What load does to the price: alone, an output token costs $6.55 per million, 320 times an input token; at the knee, $0.35 and 17 times. Only a full, queueing server comes near the list prices&apos; ratios (6.2 times at 256 clients), paid for in waiting.</source>
        <translation>Ce que la charge fait au prix&#xa0;: avec un seul utilisateur, un token de sortie coûte 6,55 $ par million, 320 fois un token d&apos;entrée&#x202f;; au coude, 0,35 $ et 17 fois. Seul un serveur plein, avec une file d&apos;attente, approche les rapports des prix affichés (6,2 fois à 256 clients), au prix de l&apos;attente.</translation>
    </message>
    <message>
        <source>What modern serving does to the bill</source>
        <translation>Ce que le service moderne fait à la facture</translation>
    </message>
    <message>
        <source>A 500-token answer to a 2,000-token prompt: one prefill and 499 decode runs, 6.74 s and $0.000315 of GPU time at batch 16.</source>
        <translation>Une réponse de 500 tokens à un prompt de 2&#x202f;000 tokens&#xa0;: un préremplissage et 499 passes de décodage, 6,74&#xa0;s et 0,000315 $ de temps GPU avec un lot de 16.</translation>
    </message>
    <message>
        <source>The same visible answer after 5,000 hidden reasoning tokens: each is decoded and billed like output, so the request takes 1.32 min and costs $0.00369. The hidden part holds 5,000 × 128 KiB = 625 MiB of KV cache while it runs.</source>
        <translation>La même réponse visible après 5&#x202f;000 tokens de raisonnement cachés&#xa0;: chacun est décodé et facturé comme la sortie, donc la requête prend 1,32&#xa0;min et coûte 0,00369 $. Pendant son exécution, la partie cachée occupe 5&#x202f;000 × 128 Kio = 625 Mio de cache KV.</translation>
    </message>
    <message>
        <source>Reasoning tokens (dark orange) sit between the prompt and the answer and cost what output tokens cost: the user is billed for 5,500 output tokens and sees 500.</source>
        <translation>Les tokens de raisonnement (orange foncé) se placent entre le prompt et la réponse et coûtent autant que les tokens de sortie&#xa0;: l&apos;utilisateur paie 5&#x202f;500 tokens de sortie et en voit 500.</translation>
    </message>
    <message>
        <source>A 7,000-token prefix read from the prompt cache skips its prefill but not its KV cache: the GPU cost falls from $0.000421 to $0.000269, the price from $0.0285 to $0.00960. Writing the cache costs 1.25 times the input price, so caching pays the buyer once more than 21.7% of requests hit.</source>
        <translation>Un préfixe de 7&#x202f;000 tokens lu dans le cache de prompts évite son préremplissage, mais pas son cache KV&#xa0;: le coût GPU passe de 0,000421 $ à 0,000269 $, le prix de 0,0285 $ à 0,00960 $. Écrire dans le cache coûte 1,25 fois le prix d&apos;entrée, donc le cache devient rentable pour l&apos;acheteur dès que plus de 21,7&#xa0;% des requêtes y trouvent le préfixe.</translation>
    </message>
    <message>
        <source>A draft head proposes 4 tokens and one run of the target checks all 5, keeping 2.77 tokens per run at 70% acceptance. At batch 1 the run is memory-bound and decoding is almost twice as fast; as the batch grows the runs turn compute-bound and the gain shrinks.</source>
        <translation>Une tête de brouillon propose 4 tokens et une passe du modèle cible vérifie les 5, ce qui garde 2,77 tokens par passe avec 70&#xa0;% d&apos;acceptation. Avec un lot de 1, la passe est limitée par la mémoire et le décodage est presque deux fois plus rapide&#x202f;; à mesure que le lot grandit, les passes deviennent limitées par le calcul et le gain diminue.</translation>
    </message>
    <message>
        <source>Energy is a second bill: at batch 16 an output token takes 303 mJ and a prompt token 11.3 mJ. The whole request takes 178 J, 0.0237 g of CO₂ at 480 g/kWh.</source>
        <translation>L&apos;énergie est une seconde facture&#xa0;: avec un lot de 16, un token de sortie consomme 303&#xa0;mJ et un token du prompt 11,3&#xa0;mJ. La requête entière consomme 178&#xa0;J, soit 0,0237&#xa0;g de CO₂ à 480&#xa0;g/kWh.</translation>
    </message>
    <message>
        <source>Ask first: if the KV cache makes every output token one run, why should it cost more? Let the class count the runs: one for all the prompt, one for each output token.</source>
        <translation>Demandez d&apos;abord&#xa0;: si le cache KV réduit chaque token de sortie à une seule passe, pourquoi coûterait-il plus cher&#x202f;? Faites compter les passes à la classe&#xa0;: une pour tout le prompt, une pour chaque token de sortie.</translation>
    </message>
    <message>
        <source>Let the class compare the two numbers: the arithmetic per token hardly differs. Ask where else the cost could come from.</source>
        <translation>Faites comparer les deux nombres à la classe&#xa0;: le calcul par token diffère à peine. Demandez d&apos;où d&apos;autre pourrait venir le coût.</translation>
    </message>
    <message>
        <source>The answer is memory: at batch 1 every decode step reads all the weights to make one token. Ask what could share that read.</source>
        <translation>La réponse, c&apos;est la mémoire&#xa0;: avec un lot de 1, chaque étape de décodage lit tous les poids pour produire un seul token. Demandez ce qui pourrait partager cette lecture.</translation>
    </message>
    <message>
        <source>One read of the weights now serves every sequence in the batch. Ask what stops us from batching without limit (the next lesson: the KV cache).</source>
        <translation>Une seule lecture des poids sert désormais toutes les séquences du lot. Demandez ce qui nous empêche d&apos;agrandir les lots sans limite (la leçon suivante&#xa0;: le cache KV).</translation>
    </message>
    <message>
        <source>Explain the two roofs: arithmetic (flat) and memory bandwidth (the slope). Prefill sits under the flat roof, decode far left on the slope.</source>
        <translation>Expliquez les deux plafonds&#xa0;: le calcul (plat) et la bande passante mémoire (la pente). Le préremplissage se place sous le plafond plat, le décodage tout à gauche sur la pente.</translation>
    </message>
    <message>
        <source>Close with the price: providers charge for the mix of requests they serve, not for one token. Open question: why do some charge eight times as much for output?</source>
        <translation>Concluez sur le prix&#xa0;: les fournisseurs facturent l&apos;ensemble des requêtes qu&apos;ils servent, pas un token isolé. Question ouverte&#xa0;: pourquoi certains font-ils payer la sortie huit fois plus cher&#x202f;?</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>B</source>
        <translation>o</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>Kio</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>Mio</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>Gio</translation>
    </message>
    <message>
        <source>TiB</source>
        <translation>Tio</translation>
    </message>
    <message>
        <source>PiB</source>
        <translation>Pio</translation>
    </message>
    <message>
        <source>FLOP</source>
        <translation>FLOP</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>µs</source>
        <translation>µs</translation>
    </message>
    <message>
        <source>ns</source>
        <translation>ns</translation>
    </message>
    <message>
        <source>FLOP/s</source>
        <translation>FLOP/s</translation>
    </message>
    <message>
        <source>B/s</source>
        <translation>o/s</translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>$%1</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 tok/s</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>MJ</source>
        <translation>MJ</translation>
    </message>
    <message>
        <source>kJ</source>
        <translation>kJ</translation>
    </message>
    <message>
        <source>J</source>
        <translation>J</translation>
    </message>
    <message>
        <source>mJ</source>
        <translation>mJ</translation>
    </message>
    <message>
        <source>µJ</source>
        <translation>µJ</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>WorkloadMix</name>
    <message>
        <source>Chat (conversation)</source>
        <translation>Chat (conversation)</translation>
    </message>
    <message>
        <source>Code completion</source>
        <translation>Complétion de code</translation>
    </message>
    <message>
        <source>Long document</source>
        <translation>Document long</translation>
    </message>
    <message>
        <source>Reasoning-heavy</source>
        <translation>Raisonnement intensif</translation>
    </message>
</context>
<context>
    <name>tce::Autosave</name>
    <message>
        <source>%1: cannot lock (%2)</source>
        <translation>%1&#xa0;: verrouillage impossible (%2)</translation>
    </message>
</context>
<context>
    <name>tce::BatchSweepView</name>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Price per token</source>
        <translation>Prix par token</translation>
    </message>
    <message>
        <source>Speed: how long one decode step takes and how many tokens per second the batch produces. Price: what an input and an output token cost at each batch size.</source>
        <translation>Vitesse&#xa0;: durée d&apos;une étape de décodage et nombre de tokens par seconde produits par le lot. Prix&#xa0;: coût d&apos;un token d&apos;entrée et d&apos;un token de sortie pour chaque taille de lot.</translation>
    </message>
    <message>
        <source>Batch chart mode</source>
        <translation>Mode du graphique des lots</translation>
    </message>
    <message>
        <source>Batch size (sequences decoded together)</source>
        <translation>Taille du lot (séquences décodées ensemble)</translation>
    </message>
    <message>
        <source>A decode step for %1 sequences at position %2: compute %3 / (%4) = %5; memory (weights + %1 caches) %6 / (%7) = %8. The step takes the larger, %9, plus %10 overhead: %11 per sequence, so %12 tokens/s for the batch.</source>
        <translation>Une étape de décodage pour %1 séquences à la position %2&#xa0;: calcul %3 / (%4) = %5&#x202f;; mémoire (poids + %1 caches) %6 / (%7) = %8. L&apos;étape prend la plus longue des deux durées (%9), plus %10 de surcoût&#xa0;: %11 par séquence, soit %12 tokens/s pour le lot.</translation>
    </message>
    <message>
        <source>compute</source>
        <translation>calcul</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>mémoire</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>lot %1</translation>
    </message>
    <message>
        <source>%1 per 1M</source>
        <translation>%1 / 1&#xa0;M</translation>
    </message>
    <message>
        <source>Decode step time (left)</source>
        <translation>Durée d&apos;une étape de décodage (gauche)</translation>
    </message>
    <message>
        <source>Output tokens per second, whole batch (right)</source>
        <translation>Tokens de sortie par seconde, lot entier (droite)</translation>
    </message>
    <message>
        <source>Time of one decode step</source>
        <translation>Durée d&apos;une étape de décodage</translation>
    </message>
    <message>
        <source>Output tokens per second</source>
        <translation>Tokens de sortie par seconde</translation>
    </message>
    <message>
        <source>Output token, per 1M</source>
        <translation>Token de sortie, par million</translation>
    </message>
    <message>
        <source>Input token, per 1M</source>
        <translation>Token d&apos;entrée, par million</translation>
    </message>
    <message>
        <source>Cost per 1M tokens (USD)</source>
        <translation>Coût par million de tokens (USD)</translation>
    </message>
    <message>
        <source>compute-bound from batch %1</source>
        <translation>limité par le calcul dès un lot de %1</translation>
    </message>
    <message>
        <source>Memory-bound at every batch size:
reading the KV cache grows with the batch</source>
        <translation>Limité par la mémoire pour toute taille de lot&#xa0;:
la lecture du cache KV croît avec le lot</translation>
    </message>
    <message>
        <source>KV cache full beyond %1</source>
        <translation>Cache KV plein au-delà de %1</translation>
    </message>
    <message>
        <source>this batch: %1</source>
        <translation>ce lot&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 + %2 unpacking the weights</source>
        <translation>%1 + %2 pour décompresser les poids</translation>
    </message>
</context>
<context>
    <name>tce::CalibrationChart</name>
    <message>
        <source>Decode speed (tok/s)</source>
        <translation>Vitesse de décodage (tok/s)</translation>
    </message>
    <message>
        <source>Inter-token latency (ms)</source>
        <translation>Latence entre tokens (ms)</translation>
    </message>
    <message>
        <source>Batch throughput (tok/s)</source>
        <translation>Débit du lot (tok/s)</translation>
    </message>
    <message>
        <source>Prompt speed (tok/s)</source>
        <translation>Vitesse du prompt (tok/s)</translation>
    </message>
    <message>
        <source>Time to first token (ms)</source>
        <translation>Délai du premier token (ms)</translation>
    </message>
    <message>
        <source>Calibration chart</source>
        <translation>Graphique d&apos;étalonnage</translation>
    </message>
    <message>
        <source>Predicted = measured</source>
        <translation>Prédit = mesuré</translation>
    </message>
    <message>
        <source>±15%</source>
        <translation>±15&#xa0;%</translation>
    </message>
    <message>
        <source>Before the fit</source>
        <translation>Avant l&apos;ajustement</translation>
    </message>
    <message>
        <source>After the fit</source>
        <translation>Après l&apos;ajustement</translation>
    </message>
    <message>
        <source>Measured (tok/s or ms, each row in its metric&apos;s unit)</source>
        <translation>Mesuré (tok/s ou ms, chaque ligne dans l’unité de sa mesure)</translation>
    </message>
    <message>
        <source>Predicted (in the same unit)</source>
        <translation>Prédit (dans la même unité)</translation>
    </message>
    <message>
        <source>%1, line %2
%3 on %4
%5: measured %6
predicted %7 after the fit, %8 before
(this point: %9)</source>
        <translation>%1, ligne %2
%3 sur %4
%5&#xa0;: mesuré %6
prédit %7 après l&apos;ajustement, %8 avant
(ce point&#xa0;: %9)</translation>
    </message>
    <message>
        <source>after the fit</source>
        <translation>après l&apos;ajustement</translation>
    </message>
    <message>
        <source>before the fit</source>
        <translation>avant l&apos;ajustement</translation>
    </message>
</context>
<context>
    <name>tce::CalibrationController</name>
    <message>
        <source>Calibrate from &amp;measurements…</source>
        <translation>Calibrer d&apos;après des &amp;mesures…</translation>
    </message>
    <message>
        <source>Fit the engine&apos;s numbers to your own benchmark results (llama-bench, vLLM, genai-perf, trtllm-bench or a CSV)</source>
        <translation>Ajuster les paramètres du moteur à vos propres mesures (llama-bench, vLLM, genai-perf, trtllm-bench ou un CSV)</translation>
    </message>
    <message>
        <source>Calibrate from measurements</source>
        <translation>Calibrer d&apos;après des mesures</translation>
    </message>
    <message>
        <source>Benchmark results (*.json *.jsonl *.csv *.md *.txt);;All files (*)</source>
        <translation>Résultats de benchmark (*.json *.jsonl *.csv *.md *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Calibrating…</source>
        <translation>Calibrage…</translation>
    </message>
    <message>
        <source>The measurements could not be used; nothing was changed.</source>
        <translation>Les mesures n&apos;ont pas pu être utilisées&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Calibration failed</source>
        <translation>Échec du calibrage</translation>
    </message>
    <message>
        <source>Calibrated; rows: %1</source>
        <translation>Calibré&#xa0;; lignes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing has been calibrated yet.</source>
        <translation>Rien n&apos;a encore été calibré.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a profile name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64), starting with a letter or digit.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être un nom de profil&#xa0;: lettres, chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos; (64 au plus), en commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in engine; choose another name.</source>
        <translation>«&#xa0;%1&#xa0;» est un moteur intégré&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>A profile holds one engine&apos;s numbers, and the rows were measured with %1 engines.</source>
        <translation>Un profil contient les paramètres d&apos;un seul moteur, et les lignes ont été mesurées avec %1 moteurs.</translation>
    </message>
    <message>
        <source>Use engine profile %1</source>
        <translation>Utiliser le profil de moteur %1</translation>
    </message>
    <message>
        <source>Saved engine profile %1 to %2</source>
        <translation>Profil de moteur %1 enregistré dans %2</translation>
    </message>
    <message>
        <source>Save as engine profile</source>
        <translation>Enregistrer comme profil de moteur</translation>
    </message>
    <message>
        <source>Profile name (letters, digits, . _ -):</source>
        <translation>Nom du profil (lettres, chiffres, . _ -)&#xa0;:</translation>
    </message>
    <message>
        <source>A profile named %1 exists. Replace it?</source>
        <translation>Un profil nommé %1 existe déjà. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>The profile was not saved.</source>
        <translation>Le profil n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>Use calibrated %1</source>
        <translation>Utiliser %1 calibré</translation>
    </message>
</context>
<context>
    <name>tce::CalibrationDialog</name>
    <message>
        <source>one GPU left out at a time</source>
        <translation>un GPU écarté à la fois</translation>
    </message>
    <message>
        <source>one file left out at a time</source>
        <translation>un fichier écarté à la fois</translation>
    </message>
    <message>
        <source>five folds of rows</source>
        <translation>cinq sous-ensembles de lignes</translation>
    </message>
    <message>
        <source>Decode</source>
        <translation>Décodage</translation>
    </message>
    <message>
        <source>Prompt speed</source>
        <translation>Vitesse du prompt</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>Délai du premier token</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibrage</translation>
    </message>
    <message>
        <source>Rows: %1, from %2. Refitted: %3.</source>
        <translation>Lignes&#xa0;: %1, de %2. Réajusté&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Median error, before → after the fit:</source>
        <translation>Erreur médiane, avant → après l&apos;ajustement&#xa0;:</translation>
    </message>
    <message>
        <source>    %1: %2% → %3% (rows: %4)</source>
        <translation>    %1&#xa0;: %2&#xa0;% → %3&#xa0;% (lignes&#xa0;: %4)</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2&#xa0;%</translation>
    </message>
    <message>
        <source>Cross-validated, on rows the fit did not see (%1): %2</source>
        <translation>Validation croisée, sur des lignes que l&apos;ajustement n&apos;a pas vues (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Too few rows to cross-validate (it takes at least 5).</source>
        <translation>Trop peu de lignes pour une validation croisée (il en faut au moins 5).</translation>
    </message>
    <message>
        <source>&amp;Save as engine profile…</source>
        <translation>&amp;Enregistrer comme profil de moteur…</translation>
    </message>
    <message>
        <source>Save the fitted numbers as an engine profile of your own, and use it</source>
        <translation>Enregistrer les paramètres ajustés comme votre propre profil de moteur, et l’utiliser</translation>
    </message>
    <message>
        <source>The rows were measured with %1 engines, and a profile holds one engine&apos;s numbers. Calibrate with one engine&apos;s files to save a profile.</source>
        <translation>Les lignes ont été mesurées avec %1 moteurs, et un profil contient les paramètres d&apos;un seul moteur. Calibrez avec les fichiers d&apos;un seul moteur pour enregistrer un profil.</translation>
    </message>
    <message>
        <source>&amp;Use without saving</source>
        <translation>&amp;Utiliser sans enregistrer</translation>
    </message>
    <message>
        <source>Use the fitted numbers in the current scenario (Undo takes them back)</source>
        <translation>Utiliser les paramètres ajustés dans le scénario actuel (Annuler les retire)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>tce::ChartRegistry</name>
    <message>
        <source>Cost of each token</source>
        <translation>Coût de chaque token</translation>
    </message>
    <message>
        <source>Per token</source>
        <translation>Par token</translation>
    </message>
    <message>
        <source>Cost of a request as its output grows</source>
        <translation>Coût d&apos;une requête à mesure que sa sortie s&apos;allonge</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Cumulé</translation>
    </message>
    <message>
        <source>KV cache memory as the context grows</source>
        <translation>Mémoire du cache KV à mesure que le contexte s&apos;allonge</translation>
    </message>
    <message>
        <source>KV memory</source>
        <translation>Mémoire KV</translation>
    </message>
    <message>
        <source>What batching buys</source>
        <translation>Ce qu&apos;apporte le traitement par lots</translation>
    </message>
    <message>
        <source>Batching</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>Roofline: compute-bound prefill, memory-bound decode</source>
        <translation>Roofline&#xa0;: préremplissage limité par le calcul, décodage limité par la mémoire</translation>
    </message>
    <message>
        <source>Roofline</source>
        <translation>Roofline</translation>
    </message>
    <message>
        <source>What the KV cache saves</source>
        <translation>Ce que le cache KV économise</translation>
    </message>
    <message>
        <source>KV cache on/off</source>
        <translation>Avec/sans cache</translation>
    </message>
    <message>
        <source>One price, very different margins per request</source>
        <translation>Un seul prix, des marges très différentes selon la requête</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Marges</translation>
    </message>
    <message>
        <source>Where requests make or lose money</source>
        <translation>Où les requêtes gagnent ou perdent de l&apos;argent</translation>
    </message>
    <message>
        <source>Margin map</source>
        <translation>Carte des marges</translation>
    </message>
    <message>
        <source>List-price ratios against the cost ratio</source>
        <translation>Rapports des prix affichés face au rapport des coûts</translation>
    </message>
    <message>
        <source>Price ratios</source>
        <translation>Rapports de prix</translation>
    </message>
    <message>
        <source>Token by token: which dot products each run computes</source>
        <translation>Token par token&#xa0;: les produits scalaires calculés à chaque passe</translation>
    </message>
    <message>
        <source>Token by token</source>
        <translation>Token par token</translation>
    </message>
    <message>
        <source>Serving under load: throughput against latency as clients grow</source>
        <translation>Service sous charge&#xa0;: débit et latence à mesure que les clients augmentent</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>One replica at this load: running, waiting and KV cache over time</source>
        <translation>Une réplique à cette charge&#xa0;: en cours, en attente et cache KV au fil du temps</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Prompt caching: what a cached prefix saves the provider and the buyer</source>
        <translation>Cache de prompts&#xa0;: ce qu&apos;un préfixe en cache fait économiser au fournisseur et à l&apos;acheteur</translation>
    </message>
    <message>
        <source>Prompt cache</source>
        <translation>Cache de prompts</translation>
    </message>
    <message>
        <source>Speculative decoding: a large speed-up at batch 1, gone at large batches</source>
        <translation>Décodage spéculatif&#xa0;: forte accélération avec un lot de 1, disparue avec les grands lots</translation>
    </message>
    <message>
        <source>Speculation</source>
        <translation>Spéculation</translation>
    </message>
</context>
<context>
    <name>tce::ChartTabs</name>
    <message>
        <source>A chart. The Explain this panel reads out the value under the mouse; File &gt; Export chart saves its data as CSV.</source>
        <translation>Un graphique. Le panneau « Explication » donne la valeur sous la souris ; Fichier &gt; Exporter le graphique enregistre ses données en CSV.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Feel the speed</source>
        <translation>Sentir la vitesse</translation>
    </message>
    <message>
        <source>The prompt at the prefill rate beside the output at the decode rate</source>
        <translation>Le prompt au rythme du préremplissage, à côté de la sortie au rythme du décodage</translation>
    </message>
</context>
<context>
    <name>tce::ChartView</name>
    <message>
        <source>Log scale</source>
        <translation>Échelle log</translation>
    </message>
    <message>
        <source>Show the vertical axis on a logarithmic scale, so that small and large values are both readable.</source>
        <translation>Afficher l&apos;axe vertical en échelle logarithmique, pour que les petites comme les grandes valeurs restent lisibles.</translation>
    </message>
    <message>
        <source>%1M</source>
        <translation>%1&#xa0;M</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A&#xa0;: %1</translation>
    </message>
    <message>
        <source>The hardware file gives no board and idle power for %1:
no energy figures</source>
        <translation>Le fichier matériel n&apos;indique ni la puissance de la carte ni la puissance au repos pour %1&#xa0;:
pas de valeurs d&apos;énergie</translation>
    </message>
    <message>
        <source>Dashed: A, the pinned scenario</source>
        <translation>En tirets&#xa0;: A, le scénario épinglé</translation>
    </message>
    <message>
        <source>No GPU-hour price for %1: its GPU time counts as $0 here.
Set one under Prices.</source>
        <translation>Aucun prix horaire GPU pour %1&#xa0;: son temps GPU compte ici pour 0&#xa0;$.
Indiquez-le sous Prix.</translation>
    </message>
</context>
<context>
    <name>tce::CumulativeCostView</name>
    <message>
        <source>Output tokens generated</source>
        <translation>Tokens de sortie générés</translation>
    </message>
    <message>
        <source>Cost of one request (USD)</source>
        <translation>Coût d&apos;une requête (USD)</translation>
    </message>
    <message>
        <source>After %1 output tokens: this request&apos;s share of the prefill plus its share of %2 decode steps, at %3 per GPU-hour, = %4. At the API price it brings in %5 × %6 + %1 × %7 per 1M = %8: margin %9.</source>
        <translation>Après %1 tokens de sortie&#xa0;: la part de cette requête dans le préremplissage plus sa part de %2 étapes de décodage, à %3 l&apos;heure GPU, = %4. Au prix de l&apos;API, elle rapporte %5 × %6 + %1 × %7 par million = %8&#xa0;: marge %9.</translation>
    </message>
    <message>
        <source>%1 output tokens</source>
        <translation>%1 tokens de sortie</translation>
    </message>
    <message>
        <source>Prefill + decode: one more run per output token</source>
        <translation>Préremplissage + décodage&#xa0;: une passe de plus par token de sortie</translation>
    </message>
    <message>
        <source>Prefill: the prompt, one run</source>
        <translation>Préremplissage&#xa0;: le prompt, en une passe</translation>
    </message>
    <message>
        <source>If every output token cost what the first ones do</source>
        <translation>Si chaque token de sortie coûtait autant que les premiers</translation>
    </message>
    <message>
        <source>Revenue at %1</source>
        <translation>Revenu selon %1</translation>
    </message>
    <message>
        <source>the API price</source>
        <translation>le prix de l&apos;API</translation>
    </message>
    <message>
        <source>break-even at %1 tokens</source>
        <translation>seuil de rentabilité à %1 tokens</translation>
    </message>
    <message>
        <source>loss beyond %1 tokens</source>
        <translation>perte au-delà de %1 tokens</translation>
    </message>
    <message>
        <source>Dollars</source>
        <translation>Dollars</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>What the request has used so far: its share of the GPU bill, or of the energy the GPUs draw.</source>
        <translation>Ce que la requête a consommé jusqu&apos;ici&#xa0;: sa part de la facture GPU, ou de l&apos;énergie consommée par les GPU.</translation>
    </message>
    <message>
        <source>Cumulative metric</source>
        <translation>Mesure cumulée</translation>
    </message>
    <message>
        <source>The hardware file gives no board and idle power for %1.</source>
        <translation>Le fichier matériel n&apos;indique ni la puissance de la carte ni la puissance au repos pour %1.</translation>
    </message>
    <message>
        <source>After %1 output tokens the request has drawn %2: its share of the prefill and of the decode steps so far, each run&apos;s time at a power between the GPUs&apos; idle and board power by how busy the run keeps them.</source>
        <translation>Après %1 tokens de sortie, la requête a consommé %2&#xa0;: sa part du préremplissage et des étapes de décodage jusqu&apos;ici, le temps de chaque passe étant compté à une puissance comprise entre la puissance au repos et la puissance de la carte des GPU, selon leur taux d&apos;occupation pendant la passe.</translation>
    </message>
    <message>
        <source>Energy of one request (J)</source>
        <translation>Énergie d&apos;une requête (J)</translation>
    </message>
    <message>
        <source>If every output token took what the first ones do</source>
        <translation>Si chaque token de sortie consommait autant que les premiers</translation>
    </message>
    <message>
        <source>reasoning ends · visible answer begins</source>
        <translation>fin du raisonnement · début de la réponse visible</translation>
    </message>
    <message>
        <source>Revenue at %1: reaches %2 at %3 tokens, above the chart (the log scale shows it)</source>
        <translation>Revenu selon %1&#xa0;: atteint %2 à %3 tokens, au-dessus du graphique (l&apos;échelle log le montre)</translation>
    </message>
</context>
<context>
    <name>tce::DocumentController</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Échec de l&apos;enregistrement automatique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouverture de %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importation de %1</translation>
    </message>
    <message>
        <source>Imported %1 from %2</source>
        <translation>%1 importé depuis %2</translation>
    </message>
    <message>
        <source>Imported %1; note: %2</source>
        <translation>%1 importé&#x202f;; remarque&#xa0;: %2</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Nouveau scénario</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Ouvrir un scénario</translation>
    </message>
    <message>
        <source>Scenarios (*.tce.json);;All files (*)</source>
        <translation>Scénarios (*.tce.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>Enregistrer le scénario</translation>
    </message>
    <message>
        <source>Could not save the scenario.</source>
        <translation>Impossible d&apos;enregistrer le scénario.</translation>
    </message>
    <message>
        <source>Import config.json</source>
        <translation>Importer config.json</translation>
    </message>
    <message>
        <source>Could not import the model.</source>
        <translation>Impossible d&apos;importer le modèle.</translation>
    </message>
    <message>
        <source>Scenarios (*.tce.json)</source>
        <translation>Scénarios (*.tce.json)</translation>
    </message>
    <message>
        <source>Import a Hugging Face config.json</source>
        <translation>Importer un config.json de Hugging Face</translation>
    </message>
    <message>
        <source>Model configuration (*.json);;All files (*)</source>
        <translation>Configuration de modèle (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The scenario has changes that are not saved.</source>
        <translation>Le scénario comporte des modifications qui ne sont pas enregistrées.</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation>%1 comporte des modifications qui ne sont pas enregistrées.</translation>
    </message>
    <message>
        <source>Save them first?</source>
        <translation>Voulez-vous d&apos;abord les enregistrer&#x202f;?</translation>
    </message>
    <message>
        <source>An unsaved scenario was found but cannot be read: %1</source>
        <translation>Un scénario non enregistré a été trouvé, mais il ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restore unsaved work</source>
        <translation>Restaurer le travail non enregistré</translation>
    </message>
    <message>
        <source>Token Cost Explorer did not close properly last time. Restore the scenario it was showing?</source>
        <translation>Token Cost Explorer ne s&apos;est pas fermé correctement la dernière fois. Voulez-vous restaurer le scénario qui était affiché&#x202f;?</translation>
    </message>
    <message>
        <source>%1 on %2 × %3, %4 input and %5 output tokens, batch %6; saved %7.</source>
        <translation>%1 sur %2 × %3, %4 tokens d&apos;entrée et %5 de sortie, lot %6&#x202f;; enregistré le %7.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Restore unsaved scenario</source>
        <translation>Restauration du scénario non enregistré</translation>
    </message>
    <message>
        <source>Restored the unsaved scenario</source>
        <translation>Scénario non enregistré restauré</translation>
    </message>
    <message>
        <source>Token Cost Explorer</source>
        <translation>Token Cost Explorer</translation>
    </message>
    <message>
        <source>%1[*] — Token Cost Explorer</source>
        <translation>%1[*] — Token Cost Explorer</translation>
    </message>
    <message>
        <source>Could not open the scenario; nothing was changed.</source>
        <translation>Impossible d&apos;ouvrir le scénario&#x202f;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Opened with these notes:

%1</source>
        <translation>Ouvert avec ces remarques&#xa0;:

%1</translation>
    </message>
</context>
<context>
    <name>tce::ExplainDock</name>
    <message>
        <source>Explain this</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Point at a chart: the formula behind the value appears here, with the numbers put in.</source>
        <translation>Pointez sur un graphique&#xa0;: la formule qui donne la valeur s&apos;affiche ici, avec les nombres en place.</translation>
    </message>
    <message>
        <source>Times: the %1 profile, whose numbers are not fitted to measurements.</source>
        <translation>Temps&#xa0;: le profil %1, dont les valeurs ne sont pas ajustées sur des mesures.</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message numerus="yes">
        <source>Times: the %1 profile&apos;s numbers for %2 hardware, fitted to %n published measurements. On GPUs the fit did not see, decode speed was off by %3 and the prompt by %4 (median).</source>
        <translation>
            <numerusform>Temps&#xa0;: les valeurs du profil %1 pour le matériel de classe %2, ajustées sur %n mesure publiée. Sur les GPU que l&apos;ajustement n&apos;a pas vus, la vitesse de décodage s&apos;écartait de %3 et le prompt de %4 (médiane).</numerusform>
            <numerusform>Temps&#xa0;: les valeurs du profil %1 pour le matériel de classe %2, ajustées sur %n mesures publiées. Sur les GPU que l&apos;ajustement n&apos;a pas vus, la vitesse de décodage s&apos;écartait de %3 et le prompt de %4 (médiane).</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown class</source>
        <translation>une classe inconnue</translation>
    </message>
    <message>
        <source>%1 has no measurements on %2 hardware such as the %3: these are its %4 numbers, carried to this GPU&apos;s peak FLOP/s and memory bandwidth.</source>
        <translation>%1 n’a pas de mesures sur du matériel %2 comme la %3 : voici ses valeurs pour %4, reportées aux FLOP/s de crête et à la bande passante mémoire de ce GPU.</translation>
    </message>
    <message>
        <source>%1 has no measurements on %2 hardware such as the %3: these are its %4 numbers.</source>
        <translation>%1 n’a pas de mesures sur du matériel %2 comme la %3 : voici ses valeurs pour %4.</translation>
    </message>
</context>
<context>
    <name>tce::ExportActions</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Could not export “%1”.

%2</source>
        <translation>Impossible d&apos;exporter «&#xa0;%1&#xa0;».

%2</translation>
    </message>
    <message>
        <source>Choose a chart to export or copy</source>
        <translation>Choisissez un graphique à exporter ou à copier</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message>
        <source>Copied “%1” to the clipboard</source>
        <translation>«&#xa0;%1&#xa0;» copié dans le presse-papiers</translation>
    </message>
    <message>
        <source>PDF slides, a page per step (*.pdf)</source>
        <translation>Diapositives PDF, une page par étape (*.pdf)</translation>
    </message>
    <message>
        <source>Export lesson</source>
        <translation>Exporter la leçon</translation>
    </message>
    <message>
        <source>PDF handout, A4 with two steps and their notes a page (*.pdf)</source>
        <translation>Polycopié PDF, A4 avec deux étapes et leurs notes par page (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images, one per step, into a folder of this name</source>
        <translation>Images PNG, une par étape, dans un dossier de ce nom</translation>
    </message>
    <message>
        <source>SVG drawings, one per step, into a folder of this name</source>
        <translation>Dessins SVG, un par étape, dans un dossier de ce nom</translation>
    </message>
    <message>
        <source>Exported %1 files to %2</source>
        <translation>%1 fichiers exportés dans %2</translation>
    </message>
</context>
<context>
    <name>tce::ExportDialog</name>
    <message>
        <source>Export “%1”</source>
        <translation>Exporter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>Image JPEG</translation>
    </message>
    <message>
        <source>SVG (vector)</source>
        <translation>SVG (vectoriel)</translation>
    </message>
    <message>
        <source>PDF (vector)</source>
        <translation>PDF (vectoriel)</translation>
    </message>
    <message>
        <source>CSV data</source>
        <translation>Données CSV</translation>
    </message>
    <message>
        <source>Images for slides, vector files for print, or the chart&apos;s numbers as CSV.</source>
        <translation>Des images pour les diapositives, des fichiers vectoriels pour l&apos;impression, ou les valeurs du graphique en CSV.</translation>
    </message>
    <message>
        <source>As on screen (%1×%2)</source>
        <translation>Comme à l&apos;écran (%1×%2)</translation>
    </message>
    <message>
        <source>Slide %1</source>
        <translation>Diapositive %1</translation>
    </message>
    <message>
        <source>%1 page, landscape</source>
        <translation>Page %1, paysage</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Dots per inch: 96 draws the chart as on a standard screen; more makes text and lines larger on the same number of pixels (and PDF pages smaller).</source>
        <translation>Points par pouce&#xa0;: 96 dessine le graphique comme sur un écran standard&#x202f;; une valeur plus élevée agrandit le texte et les traits pour un même nombre de pixels (et réduit les pages PDF).</translation>
    </message>
    <message>
        <source>Add a caption: model, hardware, precision, lengths, batch, date</source>
        <translation>Ajouter une légende&#xa0;: modèle, matériel, précision, longueurs, lot, date</translation>
    </message>
    <message>
        <source>So that a slide can be traced back to its scenario.</source>
        <translation>Pour pouvoir retrouver le scénario d&apos;origine d&apos;une diapositive.</translation>
    </message>
    <message>
        <source>Export every chart into a folder</source>
        <translation>Exporter tous les graphiques dans un dossier</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>&amp;Taille</translation>
    </message>
    <message>
        <source>&amp;DPI</source>
        <translation>&amp;PPP</translation>
    </message>
    <message>
        <source>Save &amp;to</source>
        <translation>&amp;Enregistrer dans</translation>
    </message>
    <message>
        <source>Export every chart into</source>
        <translation>Exporter tous les graphiques dans</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
</context>
<context>
    <name>tce::HelpWindow</name>
    <message>
        <source>Token Cost Explorer Help</source>
        <translation>Aide de Token Cost Explorer</translation>
    </message>
    <message>
        <source>Page Down, →, Space</source>
        <translation>Pg suiv, →, Espace</translation>
    </message>
    <message>
        <source>Lesson: next step</source>
        <translation>Leçon&#xa0;: étape suivante</translation>
    </message>
    <message>
        <source>Page Up, ←</source>
        <translation>Pg préc, ←</translation>
    </message>
    <message>
        <source>Lesson: previous step</source>
        <translation>Leçon&#xa0;: étape précédente</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>Quitter le mode présentation</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <source>Move between controls; Alt with an underlined letter jumps to that control</source>
        <translation>Passer d&apos;un contrôle à l&apos;autre&#x202f;; Alt avec une lettre soulignée mène directement à ce contrôle</translation>
    </message>
    <message>
        <source>Arrows, Page Up/Down, Home, End</source>
        <translation>Flèches, Pg préc/Pg suiv, Début, Fin</translation>
    </message>
    <message>
        <source>Move the focused slider</source>
        <translation>Déplacer le curseur qui a le focus</translation>
    </message>
    <message>
        <source>Mouse wheel, drag, double click</source>
        <translation>Molette, glisser, double-clic</translation>
    </message>
    <message>
        <source>Chart: zoom, pan, reset the view</source>
        <translation>Graphique&#xa0;: zoomer, déplacer, réinitialiser la vue</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Token Cost Explorer %1&lt;/h3&gt;&lt;p&gt;Why do output tokens cost more than input tokens? This program computes the FLOPs, memory traffic, KV cache, time and dollars of every token of a request for real model architectures on real hardware.&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later. Copyright the Token Cost Explorer authors. Built with Qt %2, QCustomPlot and Eigen.&lt;/p&gt;&lt;h3&gt;Sources of the preset data&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Token Cost Explorer %1&lt;/h3&gt;&lt;p&gt;Pourquoi les tokens de sortie coûtent-ils plus cher que les tokens d&apos;entrée&#x202f;? Ce programme calcule les FLOP, le trafic mémoire, le cache KV, le temps et les dollars de chaque token d&apos;une requête, pour de vraies architectures de modèles sur du vrai matériel.&lt;/p&gt;&lt;p&gt;Licence&#xa0;: GPL-3.0-or-later. Copyright&#xa0;: les auteurs de Token Cost Explorer. Réalisé avec Qt %2, QCustomPlot et Eigen.&lt;/p&gt;&lt;h3&gt;Sources des données des préréglages&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Engine profiles</source>
        <translation>Profils de moteur</translation>
    </message>
    <message>
        <source>API prices</source>
        <translation>Prix d&apos;API</translation>
    </message>
    <message>
        <source>About Token Cost Explorer</source>
        <translation>À propos de Token Cost Explorer</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Presentation mode on one screen: switch between the audience&apos;s view and the presenter view</source>
        <translation>Mode présentation sur un seul écran&#xa0;: basculer entre la vue du public et la vue présentateur</translation>
    </message>
</context>
<context>
    <name>tce::KvCacheComparisonView</name>
    <message>
        <source>Output tokens generated</source>
        <translation>Tokens de sortie générés</translation>
    </message>
    <message>
        <source>Cumulative FLOPs of one request</source>
        <translation>FLOP cumulés d&apos;une requête</translation>
    </message>
    <message>
        <source>%1 output tokens. With a cache: one prefill of %2 tokens, then %3 steps of one token each, = %4. Without: a full run over %2, %5, … %6 tokens, one per output token, = %7: %8 times as much.</source>
        <translation>%1 tokens de sortie. Avec un cache&#xa0;: un préremplissage de %2 tokens, puis %3 étapes d&apos;un token chacune, = %4. Sans&#xa0;: une passe complète sur %2, %5, … %6 tokens, une par token de sortie, = %7&#xa0;: %8 fois plus.</translation>
    </message>
    <message>
        <source>%1 output tokens</source>
        <translation>%1 tokens de sortie</translation>
    </message>
    <message>
        <source>With KV cache: each step attends to the cached keys</source>
        <translation>Avec cache KV&#xa0;: chaque étape porte son attention sur les clés en cache</translation>
    </message>
    <message>
        <source>Without: each output token recomputes the whole prefix</source>
        <translation>Sans&#xa0;: chaque token de sortie recalcule tout le préfixe</translation>
    </message>
    <message>
        <source>%1× the FLOPs</source>
        <translation>%1× plus de FLOP</translation>
    </message>
</context>
<context>
    <name>tce::KvMemoryView</name>
    <message>
        <source>Context length (tokens per sequence)</source>
        <translation>Longueur du contexte (tokens par séquence)</translation>
    </message>
    <message>
        <source>GPU memory</source>
        <translation>Mémoire GPU</translation>
    </message>
    <message>
        <source>Sequences that fit</source>
        <translation>Séquences qui tiennent</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <source>%1 layers × (%2 latent + %3 RoPE dims) × %4 bytes = %5 per token</source>
        <translation>%1 couches × (%2 dim. latentes + %3 dim. RoPE) × %4 octets = %5 par token</translation>
    </message>
    <message>
        <source>2 (K and V) × %1 layers × %2 KV heads × %3 dims × %4 bytes = %5 per token</source>
        <translation>2 (K et V) × %1 couches × %2 têtes KV × %3 dim. × %4 octets = %5 par token</translation>
    </message>
    <message>
        <source>%1.
At %2 tokens one sequence holds %3%4; %5 sequences hold %6, beside %7 of weights.</source>
        <translation>%1.
À %2 tokens, une séquence occupe %3%4&#x202f;; %5 séquences occupent %6, en plus de %7 de poids.</translation>
    </message>
    <message>
        <source> (sliding-window layers keep at most %1 tokens)</source>
        <translation> (les couches à fenêtre glissante gardent au plus %1 tokens)</translation>
    </message>
    <message>
        <source>Weights, workspace and reserve (fixed)</source>
        <translation>Poids, espace de travail et réserve (fixe)</translation>
    </message>
    <message>
        <source>Sequences that fit at this context (right axis)</source>
        <translation>Séquences qui tiennent à ce contexte (axe de droite)</translation>
    </message>
    <message>
        <source>GPU memory: %1</source>
        <translation>Mémoire GPU&#xa0;: %1</translation>
    </message>
    <message>
        <source>this request: %1 tokens</source>
        <translation>cette requête&#xa0;: %1 tokens</translation>
    </message>
    <message>
        <source>batch stops fitting at %1 tokens</source>
        <translation>le lot ne tient plus à %1 tokens</translation>
    </message>
    <message>
        <source>1 sequence</source>
        <translation>1 séquence</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sequences</source>
        <translation>
            <numerusform>%Ln séquence</numerusform>
            <numerusform>%Ln séquences</numerusform>
        </translation>
    </message>
    <message>
        <source>+ KV cache of the batch (1 sequence)</source>
        <translation>+ cache KV du lot (1 séquence)</translation>
    </message>
    <message numerus="yes">
        <source>+ KV cache of the batch (%Ln sequences)</source>
        <translation>
            <numerusform>+ cache KV du lot (%Ln séquence)</numerusform>
            <numerusform>+ cache KV du lot (%Ln séquences)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tce::LessonBar</name>
    <message>
        <source>Lessons: a story told in steps, each a scenario, a chart and a caption.</source>
        <translation>Leçons&#xa0;: une histoire racontée par étapes, chacune avec un scénario, un graphique et une légende.</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <source>The previous step (PageUp, Left)</source>
        <translation>L&apos;étape précédente (Pg préc, flèche gauche)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>The next step (PageDown, Right, Space)</source>
        <translation>L&apos;étape suivante (Pg suiv, flèche droite, Espace)</translation>
    </message>
    <message>
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <source>Close the lesson</source>
        <translation>Fermer la leçon</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>tce::LessonController</name>
    <message>
        <source>Lesson step %1: %2</source>
        <translation>Étape de leçon %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, step %2</source>
        <translation>%1, étape %2</translation>
    </message>
    <message>
        <source>Lesson step %1: pinned A: %2</source>
        <translation>Étape de leçon %1&#xa0;: A épinglé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>tce::LessonEditor</name>
    <message>
        <source>Undo %1</source>
        <translation>Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;New lesson</source>
        <translation>&amp;Nouvelle leçon</translation>
    </message>
    <message>
        <source>Start a lesson whose first step is what the window shows now</source>
        <translation>Commencer une leçon dont la première étape est ce que la fenêtre affiche maintenant</translation>
    </message>
    <message>
        <source>&amp;Open lesson…</source>
        <translation>&amp;Ouvrir une leçon…</translation>
    </message>
    <message>
        <source>&amp;Edit lesson</source>
        <translation>&amp;Modifier la leçon</translation>
    </message>
    <message>
        <source>Record steps, reorder them and write captions and notes</source>
        <translation>Capturer des étapes, les réordonner et rédiger légendes et notes</translation>
    </message>
    <message>
        <source>&amp;Save lesson</source>
        <translation>&amp;Enregistrer la leçon</translation>
    </message>
    <message>
        <source>Save lesson &amp;as…</source>
        <translation>Enregistrer la leçon &amp;sous…</translation>
    </message>
    <message>
        <source>My lesson</source>
        <translation>Ma leçon</translation>
    </message>
    <message>
        <source>Recorded step 1: type its caption; record more steps as you change the scenario and the chart</source>
        <translation>Étape 1 capturée&#xa0;: saisissez sa légende&#x202f;; capturez d&apos;autres étapes à mesure que vous modifiez le scénario et le graphique</translation>
    </message>
    <message>
        <source>%1: not opened; the lesson being edited was kept</source>
        <translation>%1&#xa0;: non ouvert&#x202f;; la leçon en cours de modification a été conservée</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Ouvrir une leçon</translation>
    </message>
    <message>
        <source>Could not open the lesson.</source>
        <translation>Impossible d&apos;ouvrir la leçon.</translation>
    </message>
    <message>
        <source>Lessons (*.tce-lesson.json *.json);;All files (*)</source>
        <translation>Leçons (*.tce-lesson.json *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The lesson has no file yet: use Save lesson as…</source>
        <translation>La leçon n&apos;a pas encore de fichier&#xa0;: utilisez Enregistrer la leçon sous…</translation>
    </message>
    <message>
        <source>No lesson is being edited: choose Lessons &gt; Edit lesson</source>
        <translation>Aucune leçon n&apos;est en cours de modification&#xa0;: choisissez Leçons &gt; Modifier la leçon</translation>
    </message>
    <message>
        <source>Saved the lesson to %1</source>
        <translation>Leçon enregistrée dans %1</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>Enregistrer la leçon</translation>
    </message>
    <message>
        <source>Could not save the lesson.</source>
        <translation>Impossible d&apos;enregistrer la leçon.</translation>
    </message>
    <message>
        <source>Lessons (*.tce-lesson.json)</source>
        <translation>Leçons (*.tce-lesson.json)</translation>
    </message>
    <message>
        <source>Lesson editor</source>
        <translation>Éditeur de leçons</translation>
    </message>
    <message>
        <source>The lesson &quot;%1&quot; has changes that are not saved. Save them?</source>
        <translation>La leçon «&#xa0;%1&#xa0;» comporte des modifications qui ne sont pas enregistrées. Les enregistrer&#x202f;?</translation>
    </message>
    <message>
        <source>Record step %1</source>
        <translation>Capturer l&apos;étape %1</translation>
    </message>
    <message>
        <source>Re-record step %1</source>
        <translation>Recapturer l&apos;étape %1</translation>
    </message>
    <message>
        <source>Duplicate step %1</source>
        <translation>Dupliquer l&apos;étape %1</translation>
    </message>
    <message>
        <source>A lesson keeps at least one step</source>
        <translation>Une leçon garde au moins une étape</translation>
    </message>
    <message>
        <source>Delete step %1</source>
        <translation>Supprimer l&apos;étape %1</translation>
    </message>
    <message>
        <source>Move step %1 to %2</source>
        <translation>Déplacer l&apos;étape %1 en position %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Caption of step %1</source>
        <translation>Légende de l&apos;étape %1</translation>
    </message>
    <message>
        <source>Notes of step %1</source>
        <translation>Notes de l&apos;étape %1</translation>
    </message>
    <message>
        <source>Note on the chart of step %1</source>
        <translation>Note sur le graphique de l&apos;étape %1</translation>
    </message>
    <message>
        <source>Opened the lesson %1</source>
        <translation>Leçon %1 ouverte</translation>
    </message>
    <message>
        <source>Opened %1: %2 lessons</source>
        <translation>%1 ouvert&#xa0;: %2 leçons</translation>
    </message>
</context>
<context>
    <name>tce::LessonEditorDock</name>
    <message>
        <source>● Record</source>
        <translation>● Capturer</translation>
    </message>
    <message>
        <source>Add a step after the selected one: the scenario, the chart with its options and the pinned A, as the window shows them now (Ctrl+R)</source>
        <translation>Ajouter une étape après celle sélectionnée&#xa0;: le scénario, le graphique avec ses options et le A épinglé, tels que la fenêtre les affiche maintenant (Ctrl+R)</translation>
    </message>
    <message>
        <source>Re-record</source>
        <translation>Recapturer</translation>
    </message>
    <message>
        <source>Replace the selected step&apos;s scenario and chart with what the window shows now; its texts stay</source>
        <translation>Remplacer le scénario et le graphique de l&apos;étape sélectionnée par ce que la fenêtre affiche maintenant&#x202f;; ses textes sont conservés</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Copy the selected step (Ctrl+D)</source>
        <translation>Copier l&apos;étape sélectionnée (Ctrl+D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected step (Delete)</source>
        <translation>Supprimer l&apos;étape sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>▲</source>
        <translation>▲</translation>
    </message>
    <message>
        <source>Move the step up (Alt+Up); or drag it</source>
        <translation>Monter l&apos;étape (Alt+flèche haut), ou la faire glisser</translation>
    </message>
    <message>
        <source>▼</source>
        <translation>▼</translation>
    </message>
    <message>
        <source>Move the step down (Alt+Down); or drag it</source>
        <translation>Descendre l&apos;étape (Alt+flèche bas), ou la faire glisser</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the lesson as a .tce-lesson.json file</source>
        <translation>Enregistrer la leçon dans un fichier .tce-lesson.json</translation>
    </message>
    <message>
        <source>The language the texts below are written in; the window shows a lesson in its own language and falls back to English</source>
        <translation>La langue dans laquelle les textes ci-dessous sont rédigés&#x202f;; la fenêtre affiche une leçon dans sa propre langue, à défaut en anglais</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>One to three sentences the audience reads</source>
        <translation>Une à trois phrases que lit le public</translation>
    </message>
    <message>
        <source>A note on the chart (optional)</source>
        <translation>Une note sur le graphique (facultatif)</translation>
    </message>
    <message>
        <source>Where the note sits: 0 is the plot&apos;s left edge, 1 its right edge</source>
        <translation>Position de la note&#xa0;: 0 est le bord gauche du tracé, 1 son bord droit</translation>
    </message>
    <message>
        <source>Where the note sits: 0 is the plot&apos;s top, 1 its bottom</source>
        <translation>Position de la note&#xa0;: 0 est le haut du tracé, 1 son bas</translation>
    </message>
    <message>
        <source>What to say, what to ask: only the presenter sees it</source>
        <translation>Ce qu&apos;il faut dire, ce qu&apos;il faut demander&#xa0;: seul le présentateur le voit</translation>
    </message>
    <message>
        <source>across</source>
        <translation>horizontale</translation>
    </message>
    <message>
        <source>down</source>
        <translation>verticale</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Writing in:</source>
        <translation>&amp;Rédigé en&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>Lé&amp;gende&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note on chart:</source>
        <translation>&amp;Note sur le graphique&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;laced:</source>
        <translation>&amp;Position&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Presenter notes:</source>
        <translation>Notes du pré&amp;sentateur&#xa0;:</translation>
    </message>
    <message>
        <source>Lesson editor</source>
        <translation>Éditeur de leçons</translation>
    </message>
</context>
<context>
    <name>tce::LessonExport</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
</context>
<context>
    <name>tce::MainWindow</name>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Drag the sliders on the left; hover a chart for exact values.</source>
        <translation>Faites glisser les curseurs à gauche&#x202f;; survolez un graphique pour voir les valeurs exactes.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation>&amp;Ouvrir un scénario…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Save scenario</source>
        <translation>&amp;Enregistrer le scénario</translation>
    </message>
    <message>
        <source>Save scenario &amp;as…</source>
        <translation>Enregistrer le scénario &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Import config.json…</source>
        <translation>&amp;Importer config.json…</translation>
    </message>
    <message>
        <source>Read a model architecture from a Hugging Face config.json</source>
        <translation>Lire l&apos;architecture d&apos;un modèle depuis un config.json de Hugging Face</translation>
    </message>
    <message>
        <source>&amp;Export chart…</source>
        <translation>E&amp;xporter le graphique…</translation>
    </message>
    <message>
        <source>Save the chart as PNG, JPEG, SVG, PDF or CSV; or every chart at once</source>
        <translation>Enregistrer le graphique en PNG, JPEG, SVG, PDF ou CSV&#x202f;; ou tous les graphiques à la fois</translation>
    </message>
    <message>
        <source>&amp;Copy chart</source>
        <translation>&amp;Copier le graphique</translation>
    </message>
    <message>
        <source>Copy the chart as an image, as it is on screen</source>
        <translation>Copier le graphique sous forme d&apos;image, tel qu&apos;il apparaît à l&apos;écran</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Pin as A (compare)</source>
        <translation>É&amp;pingler comme A (comparer)</translation>
    </message>
    <message>
        <source>Keep the current scenario as A, drawn dashed on every chart while you change B</source>
        <translation>Conserver le scénario actuel comme A, tracé en pointillés sur chaque graphique pendant que vous modifiez B</translation>
    </message>
    <message>
        <source>C&amp;lear A</source>
        <translation>&amp;Effacer A</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Mode présentation</translation>
    </message>
    <message>
        <source>Full screen, large type, only the chart and the lesson (Esc leaves)</source>
        <translation>Plein écran, grands caractères, seulement le graphique et la leçon (Échap pour quitter)</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Leçons</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Token Cost Explorer</source>
        <translation>À &amp;propos de Token Cost Explorer</translation>
    </message>
    <message>
        <source>Pinned A: %1 on %2, %3 in / %4 out, batch %5: change the scenario to compare</source>
        <translation>A épinglé&#xa0;: %1 sur %2, %3 en entrée / %4 en sortie, lot %5&#xa0;: modifiez le scénario pour comparer</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Sommaire</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;New scenario</source>
        <translation>&amp;Nouveau scénario</translation>
    </message>
    <message>
        <source>Start again from the default scenario</source>
        <translation>Recommencer à partir du scénario par défaut</translation>
    </message>
    <message>
        <source>Export &amp;lesson…</source>
        <translation>Exporter la &amp;leçon…</translation>
    </message>
    <message>
        <source>Save the lesson as PDF slides, a handout, or PNG or SVG files</source>
        <translation>Enregistrer la leçon en diapositives PDF, en polycopié ou en fichiers PNG ou SVG</translation>
    </message>
</context>
<context>
    <name>tce::MarginHistogramView</name>
    <message>
        <source>Margin of one request: revenue minus cost (USD)</source>
        <translation>Marge d&apos;une requête&#xa0;: revenu moins coût (USD)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>margin %1</source>
        <translation>marge %1</translation>
    </message>
    <message>
        <source>%1 requests have a margin between %2 and %3: what they pay (input tokens × input price + output tokens × output price) minus their share of GPU time (their prefill and every decode step). Long outputs sit to the left: each of their steps reads a longer cache.</source>
        <translation>%1 requêtes ont une marge comprise entre %2 et %3&#xa0;: ce qu&apos;elles paient (tokens d&apos;entrée × prix d&apos;entrée + tokens de sortie × prix de sortie) moins leur part du temps GPU (leur préremplissage et chaque étape de décodage). Les sorties longues se trouvent à gauche&#xa0;: chacune de leurs étapes lit un cache plus long.</translation>
    </message>
    <message>
        <source>Requests at a loss: %1%</source>
        <translation>Requêtes à perte&#xa0;: %1&#xa0;%</translation>
    </message>
    <message>
        <source>Profitable requests</source>
        <translation>Requêtes rentables</translation>
    </message>
    <message>
        <source>mean %1 per request</source>
        <translation>moyenne %1 par requête</translation>
    </message>
    <message>
        <source>prices of %1 (its long-context tier applies)</source>
        <translation>prix de %1 (son palier long contexte s&apos;applique)</translation>
    </message>
    <message>
        <source>prices %1 in / %2 out per 1M</source>
        <translation>prix %1 en entrée / %2 en sortie par million</translation>
    </message>
    <message>
        <source>%1: %2 requests at batch %3
%4
most expensive 1% of requests: %5% of the cost
output price for a %6% margin: %7 per 1M</source>
        <translation>%1&#xa0;: %2 requêtes, lot de %3
%4
1&#xa0;% des requêtes les plus chères&#xa0;: %5&#xa0;% du coût
prix de sortie pour une marge de %6&#xa0;%&#xa0;: %7 par million</translation>
    </message>
    <message>
        <source>1 request</source>
        <translation>1 requête</translation>
    </message>
    <message numerus="yes">
        <source>%Ln requests</source>
        <translation>
            <numerusform>%Ln requête</numerusform>
            <numerusform>%Ln requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>Bin width</source>
        <translation>Largeur de classe</translation>
    </message>
</context>
<context>
    <name>tce::MarginMapView</name>
    <message>
        <source>Margin per request (USD)</source>
        <translation>Marge par requête (USD)</translation>
    </message>
    <message>
        <source>Input tokens</source>
        <translation>Tokens d&apos;entrée</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>Tokens de sortie</translation>
    </message>
    <message>
        <source>A request of %1 input and %2 output tokens at batch %3 costs %4 of GPU time and brings in %5: margin %6.</source>
        <translation>Une requête de %1 tokens d&apos;entrée et %2 tokens de sortie, avec un lot de %3, coûte %4 de temps GPU et rapporte %5&#xa0;: marge %6.</translation>
    </message>
    <message>
        <source>%1 input tokens</source>
        <translation>%1 tokens d&apos;entrée</translation>
    </message>
    <message>
        <source>%1 output tokens</source>
        <translation>%1 tokens de sortie</translation>
    </message>
    <message>
        <source>Margin at %1 in / %2 out per 1M</source>
        <translation>Marge à %1 en entrée / %2 en sortie par million</translation>
    </message>
    <message>
        <source>Break-even: longer outputs lose money</source>
        <translation>Seuil de rentabilité&#xa0;: les sorties plus longues perdent de l&apos;argent</translation>
    </message>
    <message>
        <source>Requests of %1</source>
        <translation>Requêtes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Margin per request</source>
        <translation>Marge par requête</translation>
    </message>
    <message>
        <source>Cost per request</source>
        <translation>Coût par requête</translation>
    </message>
</context>
<context>
    <name>tce::PerTokenCostView</name>
    <message>
        <source>FLOPs</source>
        <translation>FLOP</translation>
    </message>
    <message>
        <source>Bytes moved</source>
        <translation>Octets transférés</translation>
    </message>
    <message>
        <source>GPU time</source>
        <translation>Temps GPU</translation>
    </message>
    <message>
        <source>Dollars</source>
        <translation>Dollars</translation>
    </message>
    <message>
        <source>Per-token metric</source>
        <translation>Mesure par token</translation>
    </message>
    <message>
        <source>Token position (prompt, then output)</source>
        <translation>Position du token (prompt, puis sortie)</translation>
    </message>
    <message>
        <source>position %1</source>
        <translation>position %1</translation>
    </message>
    <message>
        <source>FLOPs per token</source>
        <translation>FLOP par token</translation>
    </message>
    <message>
        <source>Bytes moved per token</source>
        <translation>Octets transférés par token</translation>
    </message>
    <message>
        <source>GPU time per token</source>
        <translation>Temps GPU par token</translation>
    </message>
    <message>
        <source>Cost per token (USD)</source>
        <translation>Coût par token (USD)</translation>
    </message>
    <message>
        <source>Prompt tokens: one parallel prefill run</source>
        <translation>Tokens du prompt&#xa0;: une passe de préremplissage parallèle</translation>
    </message>
    <message>
        <source>Output tokens: one decode run each</source>
        <translation>Tokens de sortie&#xa0;: une passe de décodage chacun</translation>
    </message>
    <message>
        <source>Output tokens: one full re-run each (no KV cache)</source>
        <translation>Tokens de sortie&#xa0;: une passe complète chacun (sans cache KV)</translation>
    </message>
    <message>
        <source>prompt ends · output begins</source>
        <translation>fin du prompt · début de la sortie</translation>
    </message>
    <message>
        <source>attention to %1 keys: 2 × %2 layers × %3 heads × (%4 + %5 dims) × %1 = %6</source>
        <translation>attention sur %1 clés&#xa0;: 2 × %2 couches × %3 têtes × (%4 + %5 dim.) × %1 = %6</translation>
    </message>
    <message>
        <source>Prompt token %1, in the prefill:
matmuls 2 × %2 parameters = %3
+ %4
= %5</source>
        <translation>Token du prompt %1, dans le préremplissage&#xa0;:
produits matriciels 2 × %2 paramètres = %3
+ %4
= %5</translation>
    </message>
    <message>
        <source>Output token from the decode step at position %1:
matmuls and logits 2 × %2 parameters = %3
+ %4
= %5</source>
        <translation>Token de sortie de l&apos;étape de décodage à la position %1&#xa0;:
produits matriciels et logits 2 × %2 paramètres = %3
+ %4
= %5</translation>
    </message>
    <message>
        <source>compute</source>
        <translation>calcul</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>mémoire</translation>
    </message>
    <message>
        <source>Prompt token %1: the prefill of %2 tokens × %3 prompts takes %4 (%5-bound: %6 at %7), shared by all of its %8 tokens: %9 each.</source>
        <translation>Token du prompt %1&#xa0;: le préremplissage de %2 tokens × %3 prompts prend %4 (limite&#xa0;: %5&#x202f;; %6 à %7), réparti entre ses %8 tokens&#xa0;: %9 chacun.</translation>
    </message>
    <message>
        <source>Decode step at position %1 for %2 sequences: reads the weights once (%3) and every sequence&apos;s cache of %1 tokens (%4 each): %5 at %6 = %7 (%8-bound), plus %9 overhead. Each sequence&apos;s share: %10, %11 at %12 per GPU-hour.</source>
        <translation>Étape de décodage à la position %1 pour %2 séquences&#xa0;: lit les poids une fois (%3) et le cache de %1 tokens de chaque séquence (%4 chacun)&#xa0;: %5 à %6 = %7 (limite&#xa0;: %8), plus %9 de surcoût. Part de chaque séquence&#xa0;: %10, soit %11 à %12 l&apos;heure GPU.</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Energy per token (joules)</source>
        <translation>Énergie par token (joules)</translation>
    </message>
    <message>
        <source>What to plot per token: the arithmetic it needs (FLOPs), the memory traffic it causes, its share of GPU time, its share of the GPU bill, or its share of the energy the GPUs draw.</source>
        <translation>Ce qu&apos;il faut tracer pour chaque token&#xa0;: les calculs qu&apos;il exige (FLOP), le trafic mémoire qu&apos;il cause, sa part du temps GPU, sa part de la facture GPU ou sa part de l&apos;énergie consommée par les GPU.</translation>
    </message>
    <message>
        <source>Cached prompt tokens: read from the prompt cache, no prefill</source>
        <translation>Tokens du prompt en cache&#xa0;: lus dans le cache de prompts, sans préremplissage</translation>
    </message>
    <message>
        <source>Reasoning tokens: decoded and billed, never shown</source>
        <translation>Tokens de raisonnement&#xa0;: décodés et facturés, jamais affichés</translation>
    </message>
    <message>
        <source>cached prefix ends</source>
        <translation>fin du préfixe en cache</translation>
    </message>
    <message>
        <source>reasoning ends · visible answer begins</source>
        <translation>fin du raisonnement · début de la réponse visible</translation>
    </message>
    <message>
        <source>Prompt token %1 came from the prompt cache: this request computes nothing for it, and bills it at the cache-read price. Its KV (%2) is still read by every decode step and still holds memory.</source>
        <translation>Le token du prompt %1 vient du cache de prompts&#xa0;: cette requête ne calcule rien pour lui et le facture au prix de lecture du cache. Son KV (%2) est toujours lu à chaque étape de décodage et occupe toujours de la mémoire.</translation>
    </message>
    <message>
        <source>A hidden reasoning token: decoded and billed like output, never shown. </source>
        <translation>Un token de raisonnement caché&#xa0;: décodé et facturé comme la sortie, jamais affiché. </translation>
    </message>
    <message>
        <source>The hardware file gives no board and idle power for %1.</source>
        <translation>Le fichier matériel n&apos;indique ni la puissance de la carte ni la puissance au repos pour %1.</translation>
    </message>
    <message>
        <source>Position %1: the run takes %2 (%3-bound) while the GPUs draw %4 W (between idle %5 W and board %6 W each, by how busy the run keeps them): %7, shared by %8 tokens: %9 each.</source>
        <translation>Position %1&#xa0;: la passe prend %2 (limite&#xa0;: %3) pendant que les GPU consomment %4 W (chacun entre %5 W au repos et %6 W pour la carte, selon son taux d&apos;occupation pendant la passe)&#xa0;: %7, réparti entre %8 tokens&#xa0;: %9 chacun.</translation>
    </message>
    <message>
        <source>Compute takes longer: %1, of which %2 unpacks the quantized weights.</source>
        <translation>Le calcul prend plus de temps&#xa0;: %1, dont %2 pour décompresser les poids quantifiés.</translation>
    </message>
    <message>
        <source>Compute takes longer: %1.</source>
        <translation>Le calcul prend plus de temps&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Without flash attention the attention scores also go through memory: %1 at %2, %3 more.</source>
        <translation>Sans flash attention, les scores d&apos;attention passent aussi par la mémoire&#xa0;: %1 à %2, %3 de plus.</translation>
    </message>
</context>
<context>
    <name>tce::PresentationMode</name>
    <message>
        <source>Present &amp;on</source>
        <translation>Présenter &amp;sur</translation>
    </message>
    <message>
        <source>%1 (%2×%3)</source>
        <translation>%1 (%2×%3)</translation>
    </message>
    <message>
        <source>P&amp;resenter view</source>
        <translation>&amp;Vue présentateur</translation>
    </message>
    <message>
        <source>When presenting, show your notes, the next step and a clock on another screen; with one screen, P switches views</source>
        <translation>Pendant la présentation, afficher vos notes, l&apos;étape suivante et une horloge sur un autre écran&#x202f;; avec un seul écran, P bascule entre les vues</translation>
    </message>
</context>
<context>
    <name>tce::PresenterView</name>
    <message>
        <source>Presenter view</source>
        <translation>Vue présentateur</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Ensuite</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No lesson is open.</source>
        <translation>Aucune leçon n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>No notes for this step.</source>
        <translation>Aucune note pour cette étape.</translation>
    </message>
    <message>
        <source>End of lesson</source>
        <translation>Fin de la leçon</translation>
    </message>
    <message>
        <source>%1 · presenting %2</source>
        <translation>%1 · présentation depuis %2</translation>
    </message>
</context>
<context>
    <name>tce::PriceRatioView</name>
    <message>
        <source>API list prices (catalog)</source>
        <translation>Prix affichés des API (catalogue)</translation>
    </message>
    <message>
        <source>Output / input price ratio</source>
        <translation>Rapport prix sortie / entrée</translation>
    </message>
    <message>
        <source>%1 output / %2 input per 1M</source>
        <translation>%1 en sortie / %2 en entrée par million</translation>
    </message>
    <message>
        <source>%1: %2 = %3. In the scenario an output token costs %4 an input token: %5 per 1M output / %6 per 1M input.</source>
        <translation>%1&#xa0;: %2 = %3. Dans le scénario, un token de sortie coûte %4 le coût d&apos;un token d&apos;entrée&#xa0;: %5 par million en sortie / %6 par million en entrée.</translation>
    </message>
    <message>
        <source>Output price / input price, per API (%1 to %2)</source>
        <translation>Prix de sortie / prix d&apos;entrée, par API (de %1 à %2)</translation>
    </message>
    <message>
        <source>Output / input cost here: %1 (%2, batch %3)</source>
        <translation>Coût sortie / entrée ici&#xa0;: %1 (%2, lot %3)</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Cost at the serving load</source>
        <translation>Coût à la charge de service</translation>
    </message>
    <message>
        <source>At the serving load the replica&apos;s GPU time, spread over the tokens it served, comes to %1 per 1M output and %2 per 1M input tokens: %3. Each run&apos;s time is split between its prompt and its output tokens by what bounds the run (FLOPs or bytes). The static figure, one batch of one request shape, is %4.</source>
        <translation>À la charge de service, le temps GPU de la réplique, réparti sur les tokens qu&apos;elle a servis, revient à %1 par million de tokens de sortie et %2 par million de tokens d&apos;entrée&#xa0;: %3. Le temps de chaque passe est réparti entre ses tokens du prompt et ses tokens de sortie selon ce qui limite la passe (FLOP ou octets). La valeur statique, un lot d&apos;une seule forme de requête, est de %4.</translation>
    </message>
    <message>
        <source>Output / input cost at the serving load: %1 (%2, simulated)</source>
        <translation>Coût sortie / entrée à la charge de service&#xa0;: %1 (%2, simulé)</translation>
    </message>
    <message>
        <source>Cost here
at %1</source>
        <translation>Coût ici
à %1</translation>
    </message>
</context>
<context>
    <name>tce::PromptCacheView</name>
    <message>
        <source>Cache hit rate (share of requests that read the prefix)</source>
        <translation>Taux de succès du cache (part des requêtes qui lisent le préfixe)</translation>
    </message>
    <message>
        <source>One request (USD)</source>
        <translation>Une requête (USD)</translation>
    </message>
    <message>
        <source>hit rate %1</source>
        <translation>taux de succès %1</translation>
    </message>
    <message>
        <source>Price with the cache: reads at %1, writes at %2 per 1M</source>
        <translation>Prix avec le cache&#xa0;: lectures à %1, écritures à %2 par million</translation>
    </message>
    <message>
        <source>Price without: every prompt token at %1 per 1M</source>
        <translation>Prix sans&#xa0;: chaque token du prompt à %1 par million</translation>
    </message>
    <message>
        <source>GPU cost with the cache: a hit skips the prefix&apos;s prefill</source>
        <translation>Coût GPU avec le cache&#xa0;: un succès évite le préremplissage du préfixe</translation>
    </message>
    <message>
        <source>GPU cost without: the whole prompt prefilled</source>
        <translation>Coût GPU sans&#xa0;: tout le prompt prérempli</translation>
    </message>
    <message>
        <source>this request: writes the cache</source>
        <translation>cette requête&#xa0;: écrit le cache</translation>
    </message>
    <message>
        <source>this request: a hit</source>
        <translation>cette requête&#xa0;: un succès</translation>
    </message>
    <message>
        <source>Prefix: %1 of %2 prompt tokens (90%, assumed: the scenario sets none)</source>
        <translation>Préfixe&#xa0;: %1 sur %2 tokens du prompt (90&#xa0;%, supposé&#xa0;: le scénario n&apos;en définit aucun)</translation>
    </message>
    <message>
        <source>Prefix: %1 of %2 prompt tokens</source>
        <translation>Préfixe&#xa0;: %1 sur %2 tokens du prompt</translation>
    </message>
    <message>
        <source>A write costs no more than input: every hit saves</source>
        <translation>Une écriture ne coûte pas plus que l&apos;entrée&#xa0;: chaque succès fait économiser</translation>
    </message>
    <message>
        <source>A cache read costs as much as input: caching never pays</source>
        <translation>Une lecture du cache coûte autant que l&apos;entrée&#xa0;: le cache n&apos;est jamais rentable</translation>
    </message>
    <message>
        <source>At a hit rate of %1: price %1 × %2 (a hit) + %3 × %4 (a write) = %5, against %6 without the cache. GPU cost %1 × %7 + %3 × %8 = %9, against %8 without: a hit skips the prefill of %10 prefix tokens, while their KV is still read by every decode step.</source>
        <translation>À un taux de succès de %1&#xa0;: prix %1 × %2 (un succès) + %3 × %4 (une écriture) = %5, contre %6 sans le cache. Coût GPU %1 × %7 + %3 × %8 = %9, contre %8 sans&#xa0;: un succès évite le préremplissage de %10 tokens du préfixe, alors que leur KV est toujours lu à chaque étape de décodage.</translation>
    </message>
    <message>
        <source>caching pays the buyer above a hit rate of %1</source>
        <translation>le cache est rentable pour l&apos;acheteur au-delà d&apos;un taux de succès de %1</translation>
    </message>
</context>
<context>
    <name>tce::RequestFeaturesGroup</name>
    <message>
        <source>Caching, reasoning, speculation, energy</source>
        <translation>Cache, raisonnement, spéculation, énergie</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <source>The first tokens of the prompt that an earlier request left in the prompt cache (a system prompt, a document). A hit skips their prefill, but every decode step still reads their keys and values, and they hold memory.</source>
        <translation>Les premiers tokens du prompt qu&apos;une requête précédente a laissés dans le cache de prompts (un prompt système, un document). Un succès évite leur préremplissage, mais chaque étape de décodage lit toujours leurs clés et leurs valeurs, et ils occupent de la mémoire.</translation>
    </message>
    <message>
        <source>This request writes the cache (a miss)</source>
        <translation>Cette requête écrit le cache (un défaut de cache)</translation>
    </message>
    <message>
        <source>A miss: the whole prompt is prefilled and the prefix is stored, billed at the cache-write price.</source>
        <translation>Un défaut de cache&#xa0;: tout le prompt est prérempli et le préfixe est stocké, facturé au prix d&apos;écriture du cache.</translation>
    </message>
    <message>
        <source>$</source>
        <translation>$</translation>
    </message>
    <message>
        <source>input price</source>
        <translation>prix d&apos;entrée</translation>
    </message>
    <message>
        <source>API price per 1M prompt tokens read from the cache (0: the input price). Providers charge about a tenth of the input price.</source>
        <translation>Prix de l&apos;API par million de tokens du prompt lus dans le cache (0&#xa0;: le prix d&apos;entrée). Les fournisseurs facturent environ un dixième du prix d&apos;entrée.</translation>
    </message>
    <message>
        <source>API price per 1M prompt tokens written to the cache (0: the input price). Anthropic charges 1.25x the input price for a 5-minute write.</source>
        <translation>Prix de l&apos;API par million de tokens du prompt écrits dans le cache (0&#xa0;: le prix d&apos;entrée). Anthropic facture 1,25 fois le prix d&apos;entrée pour une écriture de 5 minutes.</translation>
    </message>
    <message>
        <source>Hidden reasoning before the visible answer: decoded like output, held in the KV cache, billed at the output price, never shown.</source>
        <translation>Raisonnement caché avant la réponse visible&#xa0;: décodé comme la sortie, conservé dans le cache KV, facturé au prix de sortie, jamais affiché.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Draft head (EAGLE)</source>
        <translation>Tête de brouillon (EAGLE)</translation>
    </message>
    <message>
        <source>Speculative decoding: a draft proposes k tokens, one run of the target checks all k + 1 positions. A head on the target&apos;s hidden states (EAGLE), or a smaller model run on the same GPUs.</source>
        <translation>Décodage spéculatif&#xa0;: un brouillon propose k tokens, une passe du modèle cible vérifie les k + 1 positions. Une tête greffée sur les états cachés du modèle cible (EAGLE), ou un modèle plus petit exécuté sur les mêmes GPU.</translation>
    </message>
    <message>
        <source>Draft length k: tokens proposed per round.</source>
        <translation>Longueur du brouillon k&#xa0;: tokens proposés par tour.</translation>
    </message>
    <message>
        <source>Acceptance rate α: the chance that the target keeps a draft token. A round yields (1 − α^(k+1)) / (1 − α) tokens on average.</source>
        <translation>Taux d&apos;acceptation α&#xa0;: la probabilité que le modèle cible conserve un token du brouillon. Un tour produit en moyenne (1 − α^(k+1)) / (1 − α) tokens.</translation>
    </message>
    <message>
        <source> g CO₂/kWh</source>
        <translation> g CO₂/kWh</translation>
    </message>
    <message>
        <source>The grid&apos;s carbon intensity, for the energy figures&apos; CO₂ (the world average was 480 g/kWh in 2024, Ember).</source>
        <translation>L&apos;intensité carbone du réseau électrique, pour le CO₂ des valeurs d&apos;énergie (la moyenne mondiale était de 480&#xa0;g/kWh en 2024, selon Ember).</translation>
    </message>
    <message>
        <source>Cache read / 1M</source>
        <translation>Lecture du cache / 1&#xa0;M</translation>
    </message>
    <message>
        <source>Cache write / 1M</source>
        <translation>Écriture du cache / 1&#xa0;M</translation>
    </message>
    <message>
        <source>&amp;Speculative draft</source>
        <translation>&amp;Brouillon spéculatif</translation>
    </message>
    <message>
        <source>Draft tokens k</source>
        <translation>Tokens du brouillon k</translation>
    </message>
    <message>
        <source>Acceptance α</source>
        <translation>Acceptation α</translation>
    </message>
    <message>
        <source>Grid intensity</source>
        <translation>Intensité carbone du réseau</translation>
    </message>
    <message>
        <source>Change cached prefix</source>
        <translation>Changement du préfixe en cache</translation>
    </message>
    <message>
        <source>Write the prompt cache</source>
        <translation>Écriture du cache de prompts</translation>
    </message>
    <message>
        <source>Read the prompt cache</source>
        <translation>Lecture du cache de prompts</translation>
    </message>
    <message>
        <source>Change cache-read price</source>
        <translation>Changement du prix de lecture du cache</translation>
    </message>
    <message>
        <source>Change cache-write price</source>
        <translation>Changement du prix d&apos;écriture du cache</translation>
    </message>
    <message>
        <source>Change reasoning tokens</source>
        <translation>Changement des tokens de raisonnement</translation>
    </message>
    <message>
        <source>Change speculative draft</source>
        <translation>Changement du brouillon spéculatif</translation>
    </message>
    <message>
        <source>Change draft tokens</source>
        <translation>Changement des tokens du brouillon</translation>
    </message>
    <message>
        <source>Change acceptance rate</source>
        <translation>Changement du taux d&apos;acceptation</translation>
    </message>
    <message>
        <source>Change grid intensity</source>
        <translation>Changement de l&apos;intensité carbone du réseau</translation>
    </message>
    <message>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>Under load (the Serving and Timeline charts): the share of requests that find the prefix in the cache. The others prefill it in full.</source>
        <translation>Sous charge (graphiques Service et Chronologie)&#xa0;: la part des requêtes qui trouvent le préfixe dans le cache. Les autres le préremplissent entièrement.</translation>
    </message>
    <message>
        <source>Hits under load</source>
        <translation>Succès sous charge</translation>
    </message>
    <message>
        <source>Change cache hits under load</source>
        <translation>Changement des succès du cache sous charge</translation>
    </message>
    <message>
        <source>Cached pre&amp;fix</source>
        <translation>Pré&amp;fixe en cache</translation>
    </message>
    <message>
        <source>Hi&amp;dden reasoning tokens</source>
        <translation>Tokens &amp;de raisonnement cachés</translation>
    </message>
</context>
<context>
    <name>tce::RooflineView</name>
    <message>
        <source>Arithmetic intensity (FLOPs per byte moved)</source>
        <translation>Intensité arithmétique (FLOP par octet transféré)</translation>
    </message>
    <message>
        <source>Attained FLOP/s</source>
        <translation>FLOP/s atteints</translation>
    </message>
    <message>
        <source>%1 FLOP/byte</source>
        <translation>%1 FLOP/octet</translation>
    </message>
    <message>
        <source>Arithmetic intensity %1 FLOP per byte moved. The GPU&apos;s ridge is at peak / bandwidth = %2 / %3 = %4 FLOP/byte: below it a run waits on memory, above it on arithmetic. Here: %5.
Prefill: %6 FLOP/byte, decode: %7 FLOP/byte.</source>
        <translation>Intensité arithmétique&#xa0;: %1 FLOP par octet transféré. Le point de crête du GPU est à pic / bande passante = %2 / %3 = %4 FLOP/octet&#xa0;: en dessous, une passe attend la mémoire&#x202f;; au-dessus, elle attend le calcul. Ici&#xa0;: %5.
Préremplissage&#xa0;: %6 FLOP/octet, décodage&#xa0;: %7 FLOP/octet.</translation>
    </message>
    <message>
        <source>Hardware roofline: %1, %2</source>
        <translation>Roofline du matériel&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>Engine efficiency: %1</source>
        <translation>Efficacité du moteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Prefill (%1 prompts of %2 tokens)</source>
        <translation>Préremplissage (%1 prompts de %2 tokens)</translation>
    </message>
    <message>
        <source>Decode step (batch of %1)</source>
        <translation>Étape de décodage (lot de %1)</translation>
    </message>
    <message>
        <source>ridge %1 FLOP/byte</source>
        <translation>crête %1 FLOP/octet</translation>
    </message>
    <message>
        <source>prefill</source>
        <translation>préremplissage</translation>
    </message>
    <message>
        <source>decode</source>
        <translation>décodage</translation>
    </message>
</context>
<context>
    <name>tce::ScenarioPanel</name>
    <message>
        <source>Model and hardware</source>
        <translation>Modèle et matériel</translation>
    </message>
    <message>
        <source>The model architecture: layers, width, attention heads, experts. Choose a preset or import a Hugging Face config.json (you can also drop one on the window).</source>
        <translation>L&apos;architecture du modèle&#xa0;: couches, largeur, têtes d&apos;attention, experts. Choisissez un préréglage ou importez un config.json de Hugging Face (vous pouvez aussi en déposer un sur la fenêtre).</translation>
    </message>
    <message>
        <source>The accelerator: its peak FLOP/s, memory bandwidth and memory size.</source>
        <translation>L&apos;accélérateur&#xa0;: son pic de FLOP/s, sa bande passante mémoire et sa capacité mémoire.</translation>
    </message>
    <message>
        <source>GPUs serving one copy of the model with tensor parallelism: they split every layer and exchange activations twice per layer.</source>
        <translation>GPU servant une copie du modèle en parallélisme tensoriel&#xa0;: ils se partagent chaque couche et échangent les activations deux fois par couche.</translation>
    </message>
    <message>
        <source>How the weights are stored. Fewer bits mean fewer bytes to stream per decode step; fp8 and int8 also compute faster on hardware that supports them.</source>
        <translation>Format de stockage des poids. Moins de bits, c&apos;est moins d&apos;octets à lire à chaque étape de décodage&#x202f;; fp8 et int8 calculent aussi plus vite sur le matériel qui les prend en charge.</translation>
    </message>
    <message>
        <source>How keys and values are stored in the KV cache.</source>
        <translation>Format de stockage des clés et des valeurs dans le cache KV.</translation>
    </message>
    <message>
        <source>The serving engine&apos;s profile: how close it gets to the hardware&apos;s peak (efficiencies), its fixed cost per run, and the memory it keeps for itself. &apos;Ideal roofline&apos; is the textbook bound.</source>
        <translation>Le profil du moteur d&apos;inférence&#xa0;: à quel point il approche le pic du matériel (efficacités), son coût fixe par passe et la mémoire qu&apos;il se réserve. «&#xa0;Ideal roofline&#xa0;» est la borne théorique.</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>&amp;Hardware</source>
        <translation>M&amp;atériel</translation>
    </message>
    <message>
        <source>&amp;GPUs</source>
        <translation>&amp;GPU</translation>
    </message>
    <message>
        <source>&amp;Weights</source>
        <translation>&amp;Poids</translation>
    </message>
    <message>
        <source>&amp;KV cache</source>
        <translation>&amp;Cache KV</translation>
    </message>
    <message>
        <source>&amp;Engine</source>
        <translation>M&amp;oteur</translation>
    </message>
    <message>
        <source>Request and batch</source>
        <translation>Requête et lot</translation>
    </message>
    <message>
        <source>Prompt length I: tokens processed together in one prefill run.</source>
        <translation>Longueur du prompt I&#xa0;: tokens traités ensemble en une seule passe de préremplissage.</translation>
    </message>
    <message>
        <source>Input tokens</source>
        <translation>Tokens d&apos;entrée</translation>
    </message>
    <message>
        <source>Output length O: each output token needs one more run over the whole model.</source>
        <translation>Longueur de sortie O&#xa0;: chaque token de sortie exige une passe de plus sur tout le modèle.</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>Tokens de sortie</translation>
    </message>
    <message>
        <source>Sequences decoded together: they share one read of the weights per step.</source>
        <translation>Séquences décodées ensemble&#xa0;: elles partagent une lecture des poids par étape.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille du lot</translation>
    </message>
    <message>
        <source>Use a KV cache</source>
        <translation>Utiliser un cache KV</translation>
    </message>
    <message>
        <source>Keep every token&apos;s keys and values, so each output token runs the model once over one token. Off: every output token recomputes the whole prefix.</source>
        <translation>Conserver les clés et les valeurs de chaque token, pour que chaque token de sortie ne fasse passer le modèle qu&apos;une fois, sur un seul token. Désactivé&#xa0;: chaque token de sortie recalcule tout le préfixe.</translation>
    </message>
    <message>
        <source>&amp;Input tokens</source>
        <translation>Tokens d&apos;&amp;entrée</translation>
    </message>
    <message>
        <source>&amp;Output tokens</source>
        <translation>Tokens de &amp;sortie</translation>
    </message>
    <message>
        <source>&amp;Batch size</source>
        <translation>Taille du &amp;lot</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>$</source>
        <translation>$</translation>
    </message>
    <message>
        <source>What one GPU costs per hour (rental or amortised).</source>
        <translation>Coût horaire d&apos;un GPU (location ou amortissement).</translation>
    </message>
    <message>
        <source>An API&apos;s list price, to compare with the cost: dated presets, editable below.</source>
        <translation>Le prix affiché d&apos;une API, à comparer au coût&#xa0;: préréglages datés, modifiables ci-dessous.</translation>
    </message>
    <message>
        <source>API price per 1M input tokens.</source>
        <translation>Prix de l&apos;API par million de tokens d&apos;entrée.</translation>
    </message>
    <message>
        <source>API price per 1M output tokens.</source>
        <translation>Prix de l&apos;API par million de tokens de sortie.</translation>
    </message>
    <message>
        <source>GPU-&amp;hour</source>
        <translation>&amp;Heure GPU</translation>
    </message>
    <message>
        <source>API &amp;price</source>
        <translation>P&amp;rix API</translation>
    </message>
    <message>
        <source>Input / 1M</source>
        <translation>Entrée / 1&#xa0;M</translation>
    </message>
    <message>
        <source>Output / 1M</source>
        <translation>Sortie / 1&#xa0;M</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>The engine profile&apos;s factors. They start from published measurements (see Help &gt; About) and can be changed.</source>
        <translation>Les facteurs du profil de moteur. Ils partent de mesures publiées (voir Aide &gt; À propos) et sont modifiables.</translation>
    </message>
    <message>
        <source>Share of the peak FLOP/s reached in compute-bound runs (prefill).</source>
        <translation>Part du pic de FLOP/s atteinte dans les passes limitées par le calcul (préremplissage).</translation>
    </message>
    <message>
        <source>Share of the peak memory bandwidth reached in memory-bound runs (decode).</source>
        <translation>Part du pic de bande passante mémoire atteinte dans les passes limitées par la mémoire (décodage).</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Fixed time per run: scheduling, kernel launches, sampling.</source>
        <translation>Temps fixe par passe&#xa0;: ordonnancement, lancements de noyaux, échantillonnage.</translation>
    </message>
    <message>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>GPU memory the engine leaves unused.</source>
        <translation>Mémoire GPU que le moteur laisse inutilisée.</translation>
    </message>
    <message>
        <source>same as batch</source>
        <translation>comme le lot</translation>
    </message>
    <message>
        <source>Prompts prefilled in one run. 0: as many as the batch.</source>
        <translation>Prompts préremplis en une passe. 0&#xa0;: autant que le lot.</translation>
    </message>
    <message>
        <source>Compute efficiency</source>
        <translation>Efficacité calcul</translation>
    </message>
    <message>
        <source>Memory efficiency</source>
        <translation>Efficacité mémoire</translation>
    </message>
    <message>
        <source>Overhead per run</source>
        <translation>Surcoût par passe</translation>
    </message>
    <message>
        <source>Memory reserve</source>
        <translation>Réserve mémoire</translation>
    </message>
    <message>
        <source>Prefill batch</source>
        <translation>Lot de préremplissage</translation>
    </message>
    <message>
        <source>Change model</source>
        <translation>Changement de modèle</translation>
    </message>
    <message>
        <source>Change hardware</source>
        <translation>Changement de matériel</translation>
    </message>
    <message>
        <source>Change engine</source>
        <translation>Changement de moteur</translation>
    </message>
    <message>
        <source>Change API price</source>
        <translation>Changement du prix API</translation>
    </message>
    <message>
        <source>Change GPU count</source>
        <translation>Changement du nombre de GPU</translation>
    </message>
    <message>
        <source>Change weight format</source>
        <translation>Changement du format des poids</translation>
    </message>
    <message>
        <source>Change KV cache format</source>
        <translation>Changement du format du cache KV</translation>
    </message>
    <message>
        <source>Change input length</source>
        <translation>Changement de la longueur d&apos;entrée</translation>
    </message>
    <message>
        <source>Change output length</source>
        <translation>Changement de la longueur de sortie</translation>
    </message>
    <message>
        <source>Change batch size</source>
        <translation>Changement de la taille du lot</translation>
    </message>
    <message>
        <source>Use the KV cache</source>
        <translation>Activation du cache KV</translation>
    </message>
    <message>
        <source>Turn off the KV cache</source>
        <translation>Désactivation du cache KV</translation>
    </message>
    <message>
        <source>Change GPU-hour price</source>
        <translation>Changement du prix de l&apos;heure GPU</translation>
    </message>
    <message>
        <source>custom price</source>
        <translation>prix personnalisé</translation>
    </message>
    <message>
        <source>Change input price</source>
        <translation>Changement du prix d&apos;entrée</translation>
    </message>
    <message>
        <source>Change output price</source>
        <translation>Changement du prix de sortie</translation>
    </message>
    <message>
        <source>Change compute efficiency</source>
        <translation>Changement de l&apos;efficacité calcul</translation>
    </message>
    <message>
        <source>Change memory efficiency</source>
        <translation>Changement de l&apos;efficacité mémoire</translation>
    </message>
    <message>
        <source>Change overhead per run</source>
        <translation>Changement du surcoût par passe</translation>
    </message>
    <message>
        <source>Change memory reserve</source>
        <translation>Changement de la réserve mémoire</translation>
    </message>
    <message>
        <source>Change prefill batch</source>
        <translation>Changement du lot de préremplissage</translation>
    </message>
    <message>
        <source>Import config.json…</source>
        <translation>Importer config.json…</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>%1 (imported)</source>
        <translation>%1 (importé)</translation>
    </message>
    <message>
        <source>Flash attention</source>
        <translation>Flash attention</translation>
    </message>
    <message>
        <source>Turn on flash attention</source>
        <translation>Activation de flash attention</translation>
    </message>
    <message>
        <source>Turn off flash attention</source>
        <translation>Désactivation de flash attention</translation>
    </message>
    <message>
        <source>Attention in one kernel, its scores kept on chip. Off (llama.cpp -fa 0): every micro-batch of %1 tokens writes its scores to memory and reads them back, %2 bytes per score, head and layer, so a long prompt is slower per token than a short one.</source>
        <translation>L&apos;attention en un seul noyau, ses scores restent sur la puce. Désactivée (llama.cpp -fa 0)&#xa0;: chaque micro-lot de %1 tokens écrit ses scores en mémoire et les relit, %2 octets par score, tête et couche, si bien qu&apos;un long prompt est plus lent par token qu&apos;un court.</translation>
    </message>
    <message>
        <source>%1 always runs attention in one kernel.</source>
        <translation>%1 calcule toujours l&apos;attention en un seul noyau.</translation>
    </message>
</context>
<context>
    <name>tce::ScenarioWarnings</name>
    <message>
        <source>%1 GiB</source>
        <translation>%1&#xa0;Gio</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1&#xa0;Mio</translation>
    </message>
    <message>
        <source>Input + output = %1 tokens exceed the model&apos;s context window of %2 tokens: the model cannot run this request; the numbers assume it could.</source>
        <translation>Entrée + sortie = %1 tokens dépassent la fenêtre de contexte du modèle, de %2 tokens&#xa0;: le modèle ne peut pas traiter cette requête&#x202f;; les chiffres supposent qu&apos;il le pourrait.</translation>
    </message>
    <message>
        <source>The weights need %1 but only %2 of GPU memory is usable: the weights do not fit; use more GPUs, GPUs with more memory or fewer bits per weight. The numbers assume they fit.</source>
        <translation>Les poids exigent %1, mais seuls %2 de mémoire GPU sont utilisables&#xa0;: les poids ne tiennent pas&#x202f;; utilisez plus de GPU, des GPU avec plus de mémoire ou moins de bits par poids. Les chiffres supposent qu&apos;ils tiennent.</translation>
    </message>
    <message>
        <source>One sequence&apos;s KV cache needs %1 but only %2 is left after the weights: not even one sequence fits; shorten the input or output, store the KV cache in fewer bits or use more GPUs. The numbers assume it fits.</source>
        <translation>Le cache KV d&apos;une séquence exige %1, mais il ne reste que %2 après les poids&#xa0;: pas même une séquence ne tient&#x202f;; raccourcissez l&apos;entrée ou la sortie, stockez le cache KV sur moins de bits ou utilisez plus de GPU. Les chiffres supposent qu&apos;il tient.</translation>
    </message>
    <message>
        <source>The batch&apos;s KV cache needs %1 but only %2 is left after the weights: the batch does not fit; lower the batch, shorten the sequences or use more GPUs. The numbers assume it fits.</source>
        <translation>Le cache KV du lot exige %1, mais il ne reste que %2 après les poids&#xa0;: le lot ne tient pas&#x202f;; réduisez le lot, raccourcissez les séquences ou utilisez plus de GPU. Les chiffres supposent qu&apos;il tient.</translation>
    </message>
</context>
<context>
    <name>tce::ServingChartView</name>
    <message>
        <source>The simulation failed: %1</source>
        <translation>La simulation a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Simulating…</source>
        <translation>Simulation…</translation>
    </message>
</context>
<context>
    <name>tce::ServingController</name>
    <message>
        <source>Drag the load</source>
        <translation>Déplacement de la charge</translation>
    </message>
</context>
<context>
    <name>tce::ServingLoadGroup</name>
    <message>
        <source>Load on the server</source>
        <translation>Charge du serveur</translation>
    </message>
    <message>
        <source>Clients (each waits for its answer)</source>
        <translation>Clients (chacun attend sa réponse)</translation>
    </message>
    <message>
        <source>Requests per second (at random)</source>
        <translation>Requêtes par seconde (au hasard)</translation>
    </message>
    <message>
        <source>A trace&apos;s timestamps</source>
        <translation>Horodatages d&apos;une trace</translation>
    </message>
    <message>
        <source>How requests reach the simulated server (the Serving and Timeline charts): a number of clients that each send the next request when the last one is answered, as benchmarks run it; or requests arriving at random at a rate, as from many independent users.</source>
        <translation>Comment les requêtes arrivent au serveur simulé (graphiques Service et Chronologie)&#xa0;: un nombre de clients qui envoient chacun la requête suivante dès que la précédente a reçu sa réponse, comme dans les benchmarks&#x202f;; ou des requêtes qui arrivent au hasard à un débit donné, comme venant de nombreux utilisateurs indépendants.</translation>
    </message>
    <message>
        <source>Clients sending requests at once. The Serving chart sweeps 1 to 512; you can also drag the point marked &apos;This load&apos; there.</source>
        <translation>Clients qui envoient des requêtes en même temps. Le graphique Service parcourt de 1 à 512&#x202f;; vous pouvez aussi y faire glisser le point marqué «&#xa0;Cette charge&#xa0;».</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source> req/s</source>
        <translation> req/s</translation>
    </message>
    <message>
        <source>Requests arriving per second, at random (Poisson).</source>
        <translation>Requêtes arrivant par seconde, au hasard (Poisson).</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>aucun objectif</translation>
    </message>
    <message>
        <source>A latency target: the longest a user should wait for the first token. Goodput counts the requests per second that meet every target. 0: no target.</source>
        <translation>Un objectif de latence&#xa0;: le plus long délai qu&apos;un utilisateur devrait attendre le premier token. Le goodput compte les requêtes par seconde qui respectent tous les objectifs. 0&#xa0;: aucun objectif.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>A latency target: the longest mean time between two output tokens of a request (50 ms is 20 tokens per second, faster than anyone reads). 0: no target.</source>
        <translation>Un objectif de latence&#xa0;: le plus long temps moyen entre deux tokens de sortie d&apos;une requête (50 ms font 20 tokens par seconde, plus vite que quiconque ne lit). 0&#xa0;: aucun objectif.</translation>
    </message>
    <message>
        <source>Lo&amp;ad</source>
        <translation>&amp;Type de charge</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>Cl&amp;ients</translation>
    </message>
    <message>
        <source>&amp;Requests / s</source>
        <translation>Re&amp;quêtes / s</translation>
    </message>
    <message>
        <source>&amp;Time to first token ≤</source>
        <translation>Délai du premier to&amp;ken ≤</translation>
    </message>
    <message>
        <source>Time betwee&amp;n tokens ≤</source>
        <translation>Délai entre deu&amp;x tokens ≤</translation>
    </message>
    <message>
        <source>Load by clients</source>
        <translation>Charge par clients</translation>
    </message>
    <message>
        <source>Load by request rate</source>
        <translation>Charge par débit de requêtes</translation>
    </message>
    <message>
        <source>Change clients</source>
        <translation>Changement du nombre de clients</translation>
    </message>
    <message>
        <source>Change request rate</source>
        <translation>Changement du débit de requêtes</translation>
    </message>
    <message>
        <source>Change the time-to-first-token target</source>
        <translation>Changement de l&apos;objectif de délai du premier token</translation>
    </message>
    <message>
        <source>Change the inter-token latency target</source>
        <translation>Changement de l&apos;objectif de latence inter-tokens</translation>
    </message>
</context>
<context>
    <name>tce::ServingLoadText</name>
    <message>
        <source>1 client</source>
        <translation>1 client</translation>
    </message>
    <message numerus="yes">
        <source>%Ln clients</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 requests/s</source>
        <translation>%1 requêtes/s</translation>
    </message>
    <message>
        <source>the trace&apos;s timestamps</source>
        <translation>les horodatages de la trace</translation>
    </message>
</context>
<context>
    <name>tce::ServingTimelineView</name>
    <message>
        <source>Time since the first request</source>
        <translation>Temps depuis la première requête</translation>
    </message>
    <message>
        <source>Sequences running, requests waiting</source>
        <translation>Séquences en cours, requêtes en attente</translation>
    </message>
    <message>
        <source>KV cache in use (% of capacity)</source>
        <translation>Cache KV utilisé (% de la capacité)</translation>
    </message>
    <message>
        <source>Sequences running (left)</source>
        <translation>Séquences en cours (gauche)</translation>
    </message>
    <message>
        <source>Requests waiting (left)</source>
        <translation>Requêtes en attente (gauche)</translation>
    </message>
    <message>
        <source>KV cache in use (right)</source>
        <translation>Cache KV utilisé (droite)</translation>
    </message>
    <message>
        <source>Sequences running at %1 (left; mean %2, at most %3)</source>
        <translation>Séquences en cours à %1 (gauche&#x202f;; moyenne %2, au plus %3)</translation>
    </message>
    <message>
        <source>measured: after the warm-up, before the drain</source>
        <translation>mesuré&#xa0;: après la montée en charge, avant la vidange</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>tce::ServingView</name>
    <message>
        <source>Output tokens per second per GPU (more load →)</source>
        <translation>Tokens de sortie par seconde par GPU (plus de charge →)</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>Time to first token, median</source>
        <translation>Délai du premier token, médiane</translation>
    </message>
    <message>
        <source>Time to first token, p99</source>
        <translation>Délai du premier token, p99</translation>
    </message>
    <message>
        <source>Inter-token latency, median</source>
        <translation>Latence inter-tokens, médiane</translation>
    </message>
    <message>
        <source>Inter-token latency, p99</source>
        <translation>Latence inter-tokens, p99</translation>
    </message>
    <message>
        <source>Best goodput: %1 requests/s within the targets (%2)</source>
        <translation>Meilleur goodput&#xa0;: %1 requêtes/s dans les objectifs (%2)</translation>
    </message>
    <message>
        <source>TTFT target: %1</source>
        <translation>Objectif TTFT&#xa0;: %1</translation>
    </message>
    <message>
        <source>target between tokens (a request&apos;s mean): %1</source>
        <translation>objectif entre tokens (moyenne d&apos;une requête)&#xa0;: %1</translation>
    </message>
    <message>
        <source>knee: %1</source>
        <translation>coude&#xa0;: %1</translation>
    </message>
    <message>
        <source>This load: %1 (drag it along the curves)</source>
        <translation>Cette charge&#xa0;: %1 (faites-la glisser le long des courbes)</translation>
    </message>
    <message>
        <source>%1 per GPU</source>
        <translation>%1 par GPU</translation>
    </message>
    <message>
        <source>%1 at %2: %3. The replica runs %4 sequences at once on average (at most %5; the KV cache peaks at %6 of %7), emits %8 output tokens per second (%9 per GPU) and finishes %10 requests per second.</source>
        <translation>%1 à %2&#xa0;: %3. La réplique exécute en moyenne %4 séquences à la fois (au plus %5&#x202f;; le cache KV culmine à %6 sur %7), émet %8 tokens de sortie par seconde (%9 par GPU) et termine %10 requêtes par seconde.</translation>
    </message>
    <message>
        <source>Time to first token %1 (median) to %2 (p99); between tokens %3 to %4; a whole request %5 (median).</source>
        <translation>Délai du premier token de %1 (médiane) à %2 (p99)&#x202f;; entre tokens de %3 à %4&#x202f;; une requête entière %5 (médiane).</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Output tokens per second per GPU</source>
        <translation>Tokens de sortie par seconde par GPU</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Requêtes par seconde</translation>
    </message>
    <message>
        <source>Goodput</source>
        <translation>Goodput</translation>
    </message>
</context>
<context>
    <name>tce::SettingsMenus</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>&amp;Langue du système</translation>
    </message>
</context>
<context>
    <name>tce::SpeculativeView</name>
    <message>
        <source>Batch size (sequences decoded together)</source>
        <translation>Taille du lot (séquences décodées ensemble)</translation>
    </message>
    <message>
        <source>Decode speed-up from speculation</source>
        <translation>Accélération du décodage par la spéculation</translation>
    </message>
    <message>
        <source>GPU cost per 1M output tokens (USD)</source>
        <translation>Coût GPU par million de tokens de sortie (USD)</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>lot %1</translation>
    </message>
    <message>
        <source>Speed-up: %1 tokens per verification run (k = %2, α = %3) (left)</source>
        <translation>Accélération&#xa0;: %1 tokens par passe de vérification (k = %2, α = %3) (gauche)</translation>
    </message>
    <message>
        <source>Cost per 1M output tokens, speculating (right)</source>
        <translation>Coût par million de tokens de sortie, avec spéculation (droite)</translation>
    </message>
    <message>
        <source>Cost per 1M output tokens, one token per run (right)</source>
        <translation>Coût par million de tokens de sortie, un token par passe (droite)</translation>
    </message>
    <message>
        <source>no speed-up</source>
        <translation>aucune accélération</translation>
    </message>
    <message>
        <source>slower than plain decoding from batch %1</source>
        <translation>plus lent que le décodage normal dès un lot de %1</translation>
    </message>
    <message>
        <source>this batch: %1</source>
        <translation>ce lot&#xa0;: %1</translation>
    </message>
    <message>
        <source>Batch %1 at position %2: one plain decode step takes %3 (%4-bound) and yields one token per sequence. A speculative round drafts %5 tokens and verifies %6 positions in one run of %7 (%8-bound), %9 with the draft, and yields %10 tokens on average: %11 faster.</source>
        <translation>Lot de %1 à la position %2&#xa0;: une étape de décodage normale prend %3 (limite&#xa0;: %4) et produit un token par séquence. Un tour spéculatif propose %5 tokens en brouillon et vérifie %6 positions en une passe de %7 (limite&#xa0;: %8), %9 avec le brouillon, et produit en moyenne %10 tokens&#xa0;: %11 plus rapide.</translation>
    </message>
    <message>
        <source>compute</source>
        <translation>calcul</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>mémoire</translation>
    </message>
    <message>
        <source>The scenario sets no draft: shown with an EAGLE-style draft head, k = %1, α = %2
(set one under Caching, reasoning, speculation, energy)</source>
        <translation>Le scénario ne fixe aucun brouillon&#xa0;: affiché avec une tête de brouillon de type EAGLE, k = %1, α = %2
(choisissez-en un sous «&#xa0;Cache, raisonnement, spéculation, énergie&#xa0;»)</translation>
    </message>
</context>
<context>
    <name>tce::SpeedStreamView</name>
    <message>
        <source>Again</source>
        <translation>Rejouer</translation>
    </message>
    <message>
        <source>Start both streams again.</source>
        <translation>Relancer les deux flux.</translation>
    </message>
    <message>
        <source>Prompt: %1 tokens in one prefill, %2 (%3)</source>
        <translation>Prompt&#xa0;: %1 tokens en un seul préremplissage, %2 (%3)</translation>
    </message>
    <message>
        <source>Output: one token per decode step, %1 for this sequence</source>
        <translation>Sortie&#xa0;: un token par étape de décodage, %1 pour cette séquence</translation>
    </message>
</context>
<context>
    <name>tce::SpinBoxWatcher</name>
    <message>
        <source>%1 is out of range: enter a number from %2 to %3.</source>
        <translation>%1 est hors limites&#xa0;: saisissez un nombre de %2 à %3.</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3): set to %4.</source>
        <translation>%1 est hors limites (%2 à %3)&#xa0;: ramené à %4.</translation>
    </message>
</context>
<context>
    <name>tce::SummaryStrip</name>
    <message>
        <source>Time to first token</source>
        <translation>Délai du premier token</translation>
    </message>
    <message>
        <source>The prefill: one run over the whole prompt (all prompts of the prefill batch together).</source>
        <translation>Le préremplissage&#xa0;: une passe sur tout le prompt (tous les prompts du lot de préremplissage ensemble).</translation>
    </message>
    <message>
        <source>Decode speed</source>
        <translation>Vitesse de décodage</translation>
    </message>
    <message>
        <source>Output tokens per second for one sequence, and for the whole batch. Each output token needs its own run over the model.</source>
        <translation>Tokens de sortie par seconde pour une séquence, et pour le lot entier. Chaque token de sortie exige sa propre passe sur le modèle.</translation>
    </message>
    <message>
        <source>Request latency</source>
        <translation>Latence de la requête</translation>
    </message>
    <message>
        <source>Time to first token plus every decode step of this request.</source>
        <translation>Délai du premier token plus toutes les étapes de décodage de cette requête.</translation>
    </message>
    <message>
        <source>KV cache per token</source>
        <translation>Cache KV par token</translation>
    </message>
    <message>
        <source>Keys and values one token leaves in GPU memory, summed over the layers.</source>
        <translation>Clés et valeurs qu&apos;un token laisse en mémoire GPU, cumulées sur toutes les couches.</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Whether the weights and the batch&apos;s KV cache fit in GPU memory, and how many sequences of this length would fit.</source>
        <translation>Si les poids et le cache KV du lot tiennent en mémoire GPU, et combien de séquences de cette longueur y tiendraient.</translation>
    </message>
    <message>
        <source>Input, per 1M tokens</source>
        <translation>Entrée, par million de tokens</translation>
    </message>
    <message>
        <source>What a prompt token costs the provider: its share of the prefill run&apos;s GPU time.</source>
        <translation>Ce qu&apos;un token du prompt coûte au fournisseur&#xa0;: sa part du temps GPU de la passe de préremplissage.</translation>
    </message>
    <message>
        <source>Output, per 1M tokens</source>
        <translation>Sortie, par million de tokens</translation>
    </message>
    <message>
        <source>What an output token costs the provider: its share of one decode step&apos;s GPU time.</source>
        <translation>Ce qu&apos;un token de sortie coûte au fournisseur&#xa0;: sa part du temps GPU d&apos;une étape de décodage.</translation>
    </message>
    <message>
        <source>Output / input cost</source>
        <translation>Coût sortie / entrée</translation>
    </message>
    <message>
        <source>How many times more an output token costs than an input token here, beside the ratio of the API&apos;s list prices.</source>
        <translation>Combien de fois plus un token de sortie coûte ici qu&apos;un token d&apos;entrée, à côté du rapport des prix affichés de l&apos;API.</translation>
    </message>
    <message>
        <source>Cost of one request</source>
        <translation>Coût d&apos;une requête</translation>
    </message>
    <message>
        <source>This request&apos;s share of the GPU bill: its share of the prefill plus its share of every decode step. Below it, the margin at the API price.</source>
        <translation>La part de cette requête dans la facture GPU&#xa0;: sa part du préremplissage plus sa part de chaque étape de décodage. En dessous, la marge au prix de l&apos;API.</translation>
    </message>
    <message>
        <source>compute-bound</source>
        <translation>limité par le calcul</translation>
    </message>
    <message>
        <source>memory-bound</source>
        <translation>limité par la mémoire</translation>
    </message>
    <message>
        <source>%1 for the batch of %2</source>
        <translation>%1 pour le lot de %2</translation>
    </message>
    <message>
        <source>revenue %1 · margin %2</source>
        <translation>revenu %1 · marge %2</translation>
    </message>
    <message>
        <source>no API price set</source>
        <translation>aucun prix d&apos;API défini</translation>
    </message>
    <message>
        <source>list price %1</source>
        <translation>prix affiché %1</translation>
    </message>
    <message>
        <source>list prices: %1</source>
        <translation>prix affichés&#xa0;: %1</translation>
    </message>
    <message>
        <source>no list price</source>
        <translation>aucun prix affiché</translation>
    </message>
    <message>
        <source>%1 for the batch at %2 tokens</source>
        <translation>%1 pour le lot à %2 tokens</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>Tient</translation>
    </message>
    <message>
        <source>Does not fit</source>
        <translation>Ne tient pas</translation>
    </message>
    <message>
        <source>up to %1 sequences at this length</source>
        <translation>jusqu&apos;à %1 séquences à cette longueur</translation>
    </message>
    <message>
        <source>does not run: too long for the model</source>
        <translation>impossible&#xa0;: trop long pour le modèle</translation>
    </message>
    <message>
        <source>does not run: the weights do not fit</source>
        <translation>impossible&#xa0;: les poids ne tiennent pas</translation>
    </message>
    <message>
        <source>does not run: a sequence does not fit</source>
        <translation>impossible&#xa0;: une séquence ne tient pas</translation>
    </message>
    <message>
        <source>does not run: the batch does not fit</source>
        <translation>impossible&#xa0;: le lot ne tient pas</translation>
    </message>
    <message>
        <source>prefill of 1 prompt: %1, %2</source>
        <translation>préremplissage de 1 prompt&#xa0;: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>prefill of %Ln prompts: %1, %2</source>
        <translation>
            <numerusform>préremplissage de %Ln prompt&#xa0;: %1, %2</numerusform>
            <numerusform>préremplissage de %Ln prompts&#xa0;: %1, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>1 run: the prefill, no decode step</source>
        <translation>1 passe&#xa0;: le préremplissage, aucune étape de décodage</translation>
    </message>
    <message>
        <source>2 runs: 1 prefill + 1 decode step</source>
        <translation>2 passes&#xa0;: 1 préremplissage + 1 étape de décodage</translation>
    </message>
    <message numerus="yes">
        <source>%1 runs: 1 prefill + %Ln decode steps</source>
        <translation>
            <numerusform>%1 passes&#xa0;: 1 préremplissage + %Ln étape de décodage</numerusform>
            <numerusform>%1 passes&#xa0;: 1 préremplissage + %Ln étapes de décodage</numerusform>
        </translation>
    </message>
    <message>
        <source>up to 1 sequence at this length</source>
        <translation>jusqu&apos;à 1 séquence à cette longueur</translation>
    </message>
    <message>
        <source>the weights alone (%1) exceed the %2 of usable memory</source>
        <translation>les poids seuls (%1) dépassent les %2 de mémoire utilisable</translation>
    </message>
    <message>
        <source>the weights fit; one sequence&apos;s KV cache (%1) does not fit in the %2 left</source>
        <translation>les poids tiennent&#x202f;; le cache KV d&apos;une séquence (%1) ne tient pas dans les %2 restants</translation>
    </message>
    <message>
        <source>the batch of %1 does not fit: %2</source>
        <translation>le lot de %1 ne tient pas&#xa0;: %2</translation>
    </message>
    <message>
        <source>A: %1 · B: %2</source>
        <translation>A&#xa0;: %1 · B&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 · the same</source>
        <translation>%1 · identique</translation>
    </message>
    <message>
        <source>%1
B − A: %2</source>
        <translation>%1
B − A&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (does not run)</source>
        <translation>%1 (impossible)</translation>
    </message>
    <message>
        <source>at this load</source>
        <translation>à cette charge</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <source>The serving simulation failed: %1</source>
        <translation>La simulation de service a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The cost of the replica&apos;s GPU time at the load set under &apos;Load on the server&apos;, spread over the tokens it served (the Serving and Timeline charts).</source>
        <translation>Le coût du temps GPU de la réplique à la charge réglée sous «&#xa0;Charge du serveur&#xa0;», réparti sur les tokens qu&apos;elle a servis (graphiques Service et Chronologie).</translation>
    </message>
    <message>
        <source>not simulated</source>
        <translation>non simulé</translation>
    </message>
    <message>
        <source>simulating…</source>
        <translation>simulation…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>±%1% on GPUs not in the fit</source>
        <translation>±%1&#xa0;% sur les GPU hors de l&apos;ajustement</translation>
    </message>
    <message>
        <source>Energy of one request</source>
        <translation>Énergie d&apos;une requête</translation>
    </message>
    <message>
        <source>What the GPUs draw for this request&apos;s share of its runs, between idle and board power by how busy each run keeps them; below it, per output token and the CO₂ at the grid intensity set under Caching, reasoning, speculation, energy.</source>
        <translation>Ce que consomment les GPU pour la part de cette requête dans ses passes, entre la puissance au repos et la puissance de la carte selon le taux d&apos;occupation de chaque passe&#x202f;; en dessous, par token de sortie et le CO₂ à l&apos;intensité carbone du réseau réglée sous «&#xa0;Cache, raisonnement, spéculation, énergie&#xa0;».</translation>
    </message>
    <message>
        <source>%1 hidden reasoning + %2 visible tokens</source>
        <translation>%1 tokens de raisonnement cachés + %2 visibles</translation>
    </message>
    <message>
        <source>%1 faster by speculation (%2 tokens per run)</source>
        <translation>%1 plus rapide grâce à la spéculation (%2 tokens par passe)</translation>
    </message>
    <message>
        <source>billed for %1 output tokens, %2 shown</source>
        <translation>%1 tokens de sortie facturés, %2 affichés</translation>
    </message>
    <message>
        <source>%1 prompt tokens from the cache; without it %2</source>
        <translation>%1 tokens du prompt depuis le cache&#x202f;; sans lui, %2</translation>
    </message>
    <message>
        <source>%1 per output token · %2 CO₂ at %3 g/kWh</source>
        <translation>%1 par token de sortie · %2 de CO₂ à %3&#xa0;g/kWh</translation>
    </message>
    <message>
        <source>%1 g</source>
        <translation>%1&#xa0;g</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>no power figures for %1</source>
        <translation>aucune donnée de puissance pour %1</translation>
    </message>
    <message>
        <source>no GPU-hour price for %1: set one under Prices</source>
        <translation>aucun prix horaire GPU pour %1 : indiquez-le sous Prix</translation>
    </message>
</context>
<context>
    <name>tce::TokenRunsView</name>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Prompt tokens in this small example.</source>
        <translation>Tokens du prompt dans ce petit exemple.</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Output tokens: one run each (the prefill produces the first).</source>
        <translation>Tokens de sortie&#xa0;: une passe chacun (le préremplissage produit le premier).</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Animate decoding: one more run every second.</source>
        <translation>Animer le décodage&#xa0;: une passe de plus chaque seconde.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Show the next run.</source>
        <translation>Afficher la passe suivante.</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Back to the prefill.</source>
        <translation>Retour au préremplissage.</translation>
    </message>
    <message>
        <source>Tokens: whose key (blue prompt, orange output)</source>
        <translation>Token dont la clé est utilisée (bleu&#xa0;: prompt, orange&#xa0;: sortie)</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Passes</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>entr. %1</translation>
    </message>
    <message>
        <source>out %1</source>
        <translation>sort. %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>KV</source>
        <translation>KV</translation>
    </message>
    <message>
        <source>Run 1: the prefill of %1 prompt tokens</source>
        <translation>Passe 1&#xa0;: le préremplissage de %1 tokens du prompt</translation>
    </message>
    <message>
        <source>Run %1: decode step at position %2</source>
        <translation>Passe %1&#xa0;: étape de décodage à la position %2</translation>
    </message>
    <message>
        <source>%1
%2 query-key dot products per head and layer
%3, %4 moved

So far (%5 of %6 runs): %7 dot products, %8, %9 moved
An output token&apos;s key is used by %10 runs on average:
about half of the %11 decode steps</source>
        <translation>%1
%2 produits scalaires requête-clé par tête et par couche
%3, %4 transférés

Jusqu&apos;ici (%5 passes sur %6)&#xa0;: %7 produits scalaires, %8, %9 transférés
La clé d&apos;un token de sortie sert en moyenne à %10 passes&#xa0;:
environ la moitié des %11 étapes de décodage</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>Cache KV</translation>
    </message>
    <message>
        <source>prefill</source>
        <translation>préremplissage</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>étape %1</translation>
    </message>
    <message>
        <source>uses of each key</source>
        <translation>utilisations de chaque clé</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Passe</translation>
    </message>
    <message>
        <source>Token position</source>
        <translation>Position du token</translation>
    </message>
    <message>
        <source>Queries using its key</source>
        <translation>Requêtes utilisant sa clé</translation>
    </message>
    <message>
        <source>Query-key dot products per head and layer</source>
        <translation>Produits scalaires requête-clé par tête et par couche</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Calcul</translation>
    </message>
    <message>
        <source>Memory moved</source>
        <translation>Mémoire transférée</translation>
    </message>
    <message>
        <source>KV cache after the run</source>
        <translation>Cache KV après la passe</translation>
    </message>
</context>
<context>
    <name>tce::WorkloadController</name>
    <message>
        <source>Imported %1 requests from %2</source>
        <translation>%1 requêtes importées depuis %2</translation>
    </message>
    <message>
        <source>Imported %1 prices from %2</source>
        <translation>%1 prix importés depuis %2</translation>
    </message>
    <message>
        <source>Import a request trace</source>
        <translation>Importer une trace de requêtes</translation>
    </message>
    <message>
        <source>Trace CSV (*.csv);;All files (*)</source>
        <translation>Trace CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not import the trace.</source>
        <translation>Impossible d&apos;importer la trace.</translation>
    </message>
    <message>
        <source>Import a price catalog</source>
        <translation>Importer un catalogue de prix</translation>
    </message>
    <message>
        <source>Price catalogs (*.json *.csv);;All files (*)</source>
        <translation>Catalogues de prix (*.json *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not import the price catalog.</source>
        <translation>Impossible d&apos;importer le catalogue de prix.</translation>
    </message>
</context>
<context>
    <name>tce::WorkloadPanel</name>
    <message>
        <source>Workload</source>
        <translation>Charge de travail</translation>
    </message>
    <message>
        <source>Import trace CSV…</source>
        <translation>Importer une trace CSV…</translation>
    </message>
    <message>
        <source>The requests the Margins and Margin map charts evaluate: a built-in mix fitted to public traces, or your own trace (TIMESTAMP,ContextTokens,GeneratedTokens or input_tokens,output_tokens).</source>
        <translation>Les requêtes qu&apos;évaluent les graphiques Marges et Carte des marges&#xa0;: un mélange intégré ajusté sur des traces publiques, ou votre propre trace (TIMESTAMP,ContextTokens,GeneratedTokens ou input_tokens,output_tokens).</translation>
    </message>
    <message>
        <source>Largest batch that fits</source>
        <translation>Plus grand lot possible</translation>
    </message>
    <message>
        <source>Serve the mix at as many concurrent sequences of its mean length as fit in memory, instead of the batch size above.</source>
        <translation>Servir le mélange avec autant de séquences simultanées de longueur moyenne que la mémoire peut en contenir, au lieu de la taille de lot ci-dessus.</translation>
    </message>
    <message>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>The margin a provider aims for: the Margins chart gives the output price that earns it over the whole mix.</source>
        <translation>La marge visée par un fournisseur&#xa0;: le graphique Marges indique le prix de sortie qui permet de l&apos;atteindre sur l&apos;ensemble du mélange.</translation>
    </message>
    <message>
        <source>What the requests pay: the API price above, or an entry of an imported price catalog (LiteLLM&apos;s model_prices_and_context_window.json or a CSV), whose long-context tier bills a whole request once its prompt crosses the threshold.</source>
        <translation>Ce que paient les requêtes&#xa0;: le prix d&apos;API ci-dessus, ou une entrée d&apos;un catalogue de prix importé (model_prices_and_context_window.json de LiteLLM ou un CSV), dont le palier long contexte facture toute la requête dès que son prompt dépasse le seuil.</translation>
    </message>
    <message>
        <source>&amp;Mix</source>
        <translation>Méla&amp;nge</translation>
    </message>
    <message>
        <source>Target &amp;margin</source>
        <translation>Marge &amp;visée</translation>
    </message>
    <message>
        <source>&amp;Revenue at</source>
        <translation>Reven&amp;u selon</translation>
    </message>
    <message>
        <source>The API price above</source>
        <translation>Le prix d&apos;API ci-dessus</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Import price catalog…</source>
        <translation>Importer un catalogue de prix…</translation>
    </message>
    <message>
        <source>%1 (trace)</source>
        <translation>%1 (trace)</translation>
    </message>
    <message>
        <source>Serving charts serve the mix</source>
        <translation>Les graphiques de service servent le mélange</translation>
    </message>
    <message>
        <source>The Serving and Timeline charts simulate requests of this mix (or trace) instead of the input and output lengths above. A trace&apos;s own arrival times are used when the scenario file asks for them.</source>
        <translation>Les graphiques Service et Chronologie simulent des requêtes de ce mélange (ou de cette trace) au lieu des longueurs d&apos;entrée et de sortie ci-dessus. Les instants d&apos;arrivée propres à une trace sont utilisés lorsque le fichier de scénario le demande.</translation>
    </message>
</context>
</TS>
