<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>CheckInstallation</name>
    <message>
        <location filename="../isslide_qgis/processing/check_installation.py" line="46" />
        <source>Check installation</source>
        <translation>Vérifier l'installation</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/check_installation.py" line="60" />
        <source>PyTorch version</source>
        <translation>Version de PyTorch</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/check_installation.py" line="62" />
        <source>Compute devices</source>
        <translation>Processeurs de calcul</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/check_installation.py" line="63" />
        <source>ONNX Runtime version</source>
        <translation>Version d'ONNX Runtime</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/check_installation.py" line="65" />
        <source>Diagnostics report</source>
        <translation>Rapport de diagnostic</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/check_installation.py" line="50" />
        <source>Checks that the Python used by QGIS can import PyTorch and the geospatial libraries the ISSLIDE algorithms need, and reports their versions (ONNX Runtime, which runs the segmenters without PyTorch, included), the compute devices (CPU threads, CUDA GPUs), the extra packages folder and the end of the last install log. A missing PyTorch or ONNX Runtime is reported as missing, with the menu entry that installs it (Plugins ▸ ISSLIDE ▸ Install dependencies…) and the exact commands; paste the report into a bug report.</source>
        <translation>Vérifie que le Python utilisé par QGIS peut importer PyTorch et les bibliothèques géospatiales dont les algorithmes ISSLIDE ont besoin, et indique leurs versions (ONNX Runtime, qui exécute les segmenteurs sans PyTorch, compris), les périphériques de calcul (threads CPU, GPU CUDA), le dossier de paquets supplémentaires et la fin du dernier journal d'installation. Un PyTorch ou un ONNX Runtime absent est signalé comme manquant, avec l'entrée de menu qui l'installe (Extensions ▸ ISSLIDE ▸ Installer les dépendances…) et les commandes exactes ; collez le rapport dans un rapport de bogue.</translation>
    </message>
</context>
<context>
    <name>ClassActivationMap</name>
    <message>
        <location filename="../isslide_qgis/processing/class_activation_map.py" line="154" />
        <source>Class activation map</source>
        <translation>Carte d'activation de classe</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/class_activation_map.py" line="121" />
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/class_activation_map.py" line="124" />
        <source>Layers (names separated by commas; empty: the model's default)</source>
        <translation>Couches (noms séparés par des virgules ; vide : celles du modèle par défaut)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/class_activation_map.py" line="127" />
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/class_activation_map.py" line="130" />
        <source>Polygons to explain (target 'polygons')</source>
        <translation>Polygones à expliquer (cible « polygons »)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/class_activation_map.py" line="134" />
        <source>Detection threshold of the target 'prediction' (empty: the model's)</source>
        <translation>Seuil de détection de la cible « prediction » (vide : celui du modèle)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/class_activation_map.py" line="137" />
        <source>Score-CAM: share of each layer's channels</source>
        <translation>Score-CAM : part des canaux de chaque couche</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/class_activation_map.py" line="144" />
        <source>Tile overlap (pixels; empty: half a tile)</source>
        <translation>Chevauchement des tuiles (pixels ; vide : une demi-tuile)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/class_activation_map.py" line="146" />
        <source>Tiles per batch</source>
        <translation>Tuiles par lot</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/class_activation_map.py" line="148" />
        <source>CPU threads (empty: all)</source>
        <translation>Fils CPU (vide : tous)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/class_activation_map.py" line="156" />
        <source>Tiles explained</source>
        <translation>Tuiles expliquées</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/class_activation_map.py" line="190" />
        <source>{method} at layers {layers}: {explained} of {total} tiles explained (target '{target}').</source>
        <translation>{method} aux couches {layers} : {explained} tuiles expliquées sur {total} (cible « {target} »).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/class_activation_map.py" line="109" />
        <source>Views (advanced): by default each tile's map is the mean of its maps on the eight rotations and mirror images of the tile, turned back; the networks were trained on such turned tiles, and the mean points at the moving areas more often than a single view (ECSPLAIN's Grad-CAM on held-out patches: 0.88 instead of 0.82 of the patches). It costs eight maps per tile: choose 1 view for a quick look, or with Score-CAM on large scenes.</source>
        <translation>Vues (avancé) : par défaut, la carte de chaque tuile est la moyenne de ses cartes sur les huit rotations et images miroir de la tuile, remises dans le bon sens ; les réseaux ont été entraînés sur de telles tuiles tournées, et la moyenne désigne les zones en mouvement plus souvent qu'une seule vue (Grad-CAM d'ECSPLAIN sur des imagettes réservées : 0,88 des imagettes au lieu de 0,82). Elle coûte huit cartes par tuile : choisissez 1 vue pour un aperçu rapide, ou avec Score-CAM sur de grandes scènes.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/class_activation_map.py" line="139" />
        <source>Views averaged per tile (8: its rotations and mirror images; 1: eight times faster)</source>
        <translation>Vues moyennées par tuile (8 : ses rotations et images miroir ; 1 : huit fois plus rapide)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/class_activation_map.py" line="81" />
        <source>Shows where a model looked to decide: a class activation map (CAM) over a whole interferogram, written as a float raster in [0, 1] on the interferogram's grid (nodata kept), styled on load.
Methods: Grad-CAM (channel weights = mean gradient), Layer-CAM (positive gradient x activation per pixel), Score-CAM (channel weights from the score of the input masked by each channel; no gradient), NormGrad (gradient norm x activation norm; selective: norm of the positive contributions). Layers: empty takes the default of the method and the model family, chosen on validation scenes (shipped ECSPLAIN: Grad-CAM on its five training layers, Layer-CAM and selective NormGrad at the output of stage 1 with the first convolution of stage 3, Score-CAM and NormGrad at the last convolution of stage 1; FCN and DeepLabV3: the head's last activation, Score-CAM stage 4; U-Nets: the decoder or the bottleneck, depending on the method); or give names separated by commas: each layer's map is upsampled and normalised per tile, then the maps are averaged, as ECSPLAIN does.
Target: what is explained. 'prediction': for a segmenter, the sum of its logits over the pixels it detects (probability above the threshold; empty: the model's); for ECSPLAIN, the logit of the tiles it detects. 'polygons': the given polygons (segmenters: logits summed inside them; ECSPLAIN: the tiles they touch). 'all': every tile. Tiles with nothing to explain get 0.
The scene streams through the detection engine (same overlapping tiles and seam-free blending), so memory does not grow with its size. Cost: the gradient methods cost about two forward passes per tile. Score-CAM costs one forward pass per kept channel of each layer: with the default 25 % of the channels, 4 masked passes per tile at the shipped ECSPLAIN's default layer (16 with all channels) and 8 (32) on the FCN; at ECSPLAIN's five training layers, 92 passes per tile (0.13 s per tile on one CPU thread of a loaded 2-core machine), 368 (0.64 s) with all channels; every pixel lies in four tiles with the default overlap.</source>
        <translation>Montre où un modèle a regardé pour décider : une carte d'activation de classe (CAM) sur tout un interférogramme, écrite comme un raster flottant dans [0, 1] sur la grille de l'interférogramme (nodata conservé), stylée au chargement.
Méthodes : Grad-CAM (poids des canaux = gradient moyen), Layer-CAM (gradient positif x activation par pixel), Score-CAM (poids des canaux d'après le score de l'entrée masquée par chaque canal ; sans gradient), NormGrad (norme du gradient x norme de l'activation ; sélective : norme des contributions positives). Couches : vide prend celles par défaut de la méthode et de la famille du modèle, choisies sur des scènes de validation (ECSPLAIN livré : Grad-CAM sur ses cinq couches d'entraînement, Layer-CAM et NormGrad sélective à la sortie de l'étage 1 avec la première convolution de l'étage 3, Score-CAM et NormGrad à la dernière convolution de l'étage 1 ; FCN et DeepLabV3 : la dernière activation de la tête, Score-CAM l'étage 4 ; U-Nets : le décodeur ou le goulot d'étranglement, selon la méthode) ; ou donnez des noms séparés par des virgules : la carte de chaque couche est suréchantillonnée et normalisée par tuile, puis les cartes sont moyennées, comme le fait ECSPLAIN.
Cible : ce qui est expliqué. « prediction » : pour un segmenteur, la somme de ses logits sur les pixels qu'il détecte (probabilité au-dessus du seuil ; vide : celui du modèle) ; pour ECSPLAIN, le logit des tuiles qu'il détecte. « polygons » : les polygones donnés (segmenteurs : logits sommés à l'intérieur ; ECSPLAIN : les tuiles qu'ils touchent). « all » : toutes les tuiles. Les tuiles sans rien à expliquer valent 0.
La scène passe en flux par le moteur de détection (mêmes tuiles chevauchantes et même fusion sans raccord), donc la mémoire ne croît pas avec sa taille. Coût : les méthodes à gradient coûtent environ deux passes avant par tuile. Score-CAM coûte une passe avant par canal retenu de chaque couche : avec les 25 % de canaux par défaut, 4 passes masquées par tuile à la couche par défaut de l'ECSPLAIN livré (16 avec tous les canaux) et 8 (32) sur le FCN ; aux cinq couches d'entraînement d'ECSPLAIN, 92 passes par tuile (0,13 s par tuile sur un fil CPU d'une machine à 2 cœurs chargée), 368 (0,64 s) avec tous les canaux ; chaque pixel est dans quatre tuiles avec le chevauchement par défaut.</translation>
    </message>
</context>
<context>
    <name>CorrectionsEditor</name>
    <message>
        <location filename="../isslide_qgis/gui/corrections.py" line="105" />
        <source>The review of area {fid} could not be written to '{path}': is the file read-only or open elsewhere?</source>
        <translation>La revue de la zone {fid} n'a pas pu être écrite dans '{path}' : le fichier est-il en lecture seule ou ouvert ailleurs ?</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/corrections.py" line="131" />
        <source>The edits of the corrections layer could not be saved: {errors}. They are still pending: check the file and save again.</source>
        <translation>Les modifications de la couche de corrections n'ont pas pu être enregistrées : {errors}. Elles sont toujours en attente : vérifiez le fichier et enregistrez de nouveau.</translation>
    </message>
</context>
<context>
    <name>DetectMovingAreas</name>
    <message>
        <location filename="../isslide_qgis/processing/detect_moving_areas.py" line="60" />
        <source>Detect moving areas</source>
        <translation>Détecter les zones en mouvement</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/detect_moving_areas.py" line="110" />
        <source>Threshold (empty: the model's)</source>
        <translation>Seuil (vide : celui du modèle)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/detect_moving_areas.py" line="112" />
        <source>Minimum area (m², pixels without CRS)</source>
        <translation>Surface minimale (m², pixels sans SCR)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/detect_moving_areas.py" line="114" />
        <source>Coherence threshold (tiles below are skipped)</source>
        <translation>Seuil de cohérence (les tuiles en dessous sont ignorées)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/detect_moving_areas.py" line="117" />
        <source>Tile overlap (pixels; empty: half a tile)</source>
        <translation>Chevauchement des tuiles (pixels ; vide : une demi-tuile)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/detect_moving_areas.py" line="119" />
        <source>Tiles per batch</source>
        <translation>Tuiles par lot</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/detect_moving_areas.py" line="121" />
        <source>CPU threads (empty: all)</source>
        <translation>Fils CPU (vide : tous)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/detect_moving_areas.py" line="126" />
        <source>Probability of movement</source>
        <translation>Probabilité de mouvement</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/detect_moving_areas.py" line="128" />
        <source>Moving areas</source>
        <translation>Zones en mouvement</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/detect_moving_areas.py" line="130" />
        <source>Patch scores (ECSPLAIN)</source>
        <translation>Scores des imagettes (ECSPLAIN)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/detect_moving_areas.py" line="133" />
        <source>Moving areas found</source>
        <translation>Zones en mouvement trouvées</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/detect_moving_areas.py" line="168" />
        <source>{count} moving areas found by {model} at threshold {threshold:.2f}</source>
        <translation>{count} zones en mouvement trouvées par {model} au seuil {threshold:.2f}</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/detect_moving_areas.py" line="134" />
        <source>Threshold used (the model's when none was given)</source>
        <translation>Seuil utilisé (celui du modèle si aucun n'est donné)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/detect_moving_areas.py" line="172" />
        <source>Probability of movement written by {model} (threshold {threshold:.2f}); no moving-areas output was asked for.</source>
        <translation>Probabilité de mouvement écrite par {model} (seuil {threshold:.2f}) ; aucune sortie de zones en mouvement n'a été demandée.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/detect_moving_areas.py" line="166" />
        <source>Inference backend: {backend}</source>
        <translation>Moteur d'inférence : {backend}</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/detect_moving_areas.py" line="85" />
        <source>Kinematics of each area: the phase is unwrapped over the area and a ring of ground around it (incoherent pixels masked), the ring's median is the reference. disp_los_cm: the LOS displacement at the 95th percentile of |d| (cm, positive towards the satellite, sign from the processor's convention); disp_los_median_cm; fringes (2.77 cm each); vel_los_cm_yr: disp_los_cm over the pair's interval (dates from the name, or Temporal baseline; without either: empty); vel_class: &lt;1, 1-3, 3-10, 10-30, 30-100, 100-300, &gt;300 cm/yr (RGIK semi-orders) or undefined; kin_reliability: high, medium or low, kin_flags: why (incoherent, no_reference, low_coherence_area, low_coherence_ring, residues, steep_gradient, weak_signal, no_coherence, no_baseline). Areas on incoherent ground get undefined and low. The class is from the LOS velocity, not projected onto the slope.</source>
        <translation>Cinématique de chaque zone : la phase est déroulée sur la zone et un anneau de terrain autour d'elle (pixels incohérents masqués), la médiane de l'anneau sert de référence. disp_los_cm : le déplacement LOS au 95e centile de |d| (cm, positif vers le satellite, signe selon la convention du logiciel de traitement) ; disp_los_median_cm ; fringes (2,77 cm chacune) ; vel_los_cm_yr : disp_los_cm divisé par l'intervalle de la paire (dates lues dans le nom, ou Écart temporel pour les vitesses ; sans l'un ni l'autre : vide) ; vel_class : &lt;1, 1-3, 3-10, 10-30, 30-100, 100-300, &gt;300 cm/an (demi-ordres de grandeur RGIK) ou undefined ; kin_reliability : high, medium ou low, kin_flags : pourquoi (incoherent, no_reference, low_coherence_area, low_coherence_ring, residues, steep_gradient, weak_signal, no_coherence, no_baseline). Les zones sur terrain incohérent reçoivent undefined et low. La classe vient de la vitesse LOS, non projetée sur la pente.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/detect_moving_areas.py" line="64" />
        <source>Finds slow ground movements (rock glaciers, slow landslides) on a wrapped interferogram of any size with a deep-learning model, and writes a probability raster on the interferogram's grid and one polygon per moving area.
Model: a shipped default or a checkpoint file (from the training algorithms). Segmenters (FCN, DeepLabV3, UNet, ResUNet, SepUNet) give a per-pixel probability; ECSPLAIN gives a detection score per patch and a localisation map (its class activation map); its map is the localisation where the blended patch scores detect a movement, 0 elsewhere (model files trained before 2026-12-08: score times localisation), with the localisation as band 2 and the patch scores as an optional grid layer.
The raster is read window by window and overlapping tiles are blended, so memory does not grow with the scene. Overlap: empty = half a tile (each pixel predicted 4 times). With the U-Nets the map does not depend on where the tile grid falls; with FCN, DeepLabV3 and ECSPLAIN the edges of areas move by about a pixel with the grid: an overlap of 90 % of the tile (90 for 100 px tiles) makes their map independent of the grid, at about 24 times the computing time. Nodata stays nodata and never becomes a detection. Threshold: empty = the model's own (chosen on validation data). Areas smaller than the minimum area are dropped. Each area has its id, model, threshold, maximum and mean probability, area (on the ellipsoid for lat/lon, in pixels for radar geometry), mean coherence, interferogram name, baseline and dates (read from names such as 20200701_20200707).</source>
        <translation>Trouve les mouvements lents du sol (glaciers rocheux, glissements lents) sur un interférogramme enroulé de toute taille avec un modèle d'apprentissage profond, et écrit un raster de probabilité sur la grille de l'interférogramme et un polygone par zone en mouvement.
Modèle : un modèle fourni par défaut ou un fichier de point de contrôle (issu des algorithmes d'entraînement). Les segmenteurs (FCN, DeepLabV3, UNet, ResUNet, SepUNet) donnent une probabilité par pixel ; ECSPLAIN donne un score de détection par imagette et une carte de localisation (sa carte d'activation de classe) ; sa carte est la localisation là où les scores fondus des imagettes détectent un mouvement, 0 ailleurs (fichiers de modèle entraînés avant le 2026-12-08 : score fois localisation), avec la localisation en bande 2 et les scores des imagettes en couche de grille facultative.
Le raster est lu fenêtre par fenêtre et les tuiles qui se recouvrent sont fondues, si bien que la mémoire ne croît pas avec la scène. Recouvrement : vide = une demi-tuile (chaque pixel prédit 4 fois). Avec les U-Nets, la carte ne dépend pas de l'endroit où tombe la grille des tuiles ; avec FCN, DeepLabV3 et ECSPLAIN, les bords des zones bougent d'environ un pixel avec la grille : un recouvrement de 90 % de la tuile (90 pour des tuiles de 100 px) rend leur carte indépendante de la grille, pour environ 24 fois le temps de calcul. Les zones sans donnée restent sans donnée et ne deviennent jamais des détections. Seuil : vide = celui du modèle (choisi sur des données de validation). Les zones plus petites que la surface minimale sont écartées. Chaque zone porte son identifiant, le modèle, le seuil, la probabilité maximale et moyenne, la surface (sur l'ellipsoïde en lat/lon, en pixels en géométrie radar), la cohérence moyenne, le nom de l'interférogramme, l'écart temporel et les dates (lus dans des noms comme 20200701_20200707).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/detect_moving_areas.py" line="97" />
        <source>Trust: on simulated scenes of a simulator family never used for training or calibration, at the real density of moving areas, the default model (ECSPLAIN) found 74 % of the areas over 10 ha, 84 % of those of 3-10 ha and 74 % of those of 1-3 ha (79 % of all areas of 1 ha or more), with about 0.8 false alarms per 100 km². Trust it for areas over 3 ha; check smaller ones by eye.</source>
        <translation>Confiance : sur des scènes simulées par une famille de simulateur jamais utilisée pour l'entraînement ni pour le calibrage, à la densité réelle des zones en mouvement, le modèle par défaut (ECSPLAIN) a trouvé 74 % des zones de plus de 10 ha, 84 % de celles de 3 à 10 ha et 74 % de celles de 1 à 3 ha (79 % de toutes les zones d'au moins 1 ha), avec environ 0,8 fausse alarme pour 100 km². Fiez-vous à lui pour les zones de plus de 3 ha ; vérifiez les plus petites à l'œil.</translation>
    </message>
</context>
<context>
    <name>DetectionPanel</name>
    <message>
        <location filename="../isslide_qgis/gui/detection_panel.py" line="30" />
        <source>Wrapped interferogram (phase in radians, complex, or two bands)</source>
        <translation>Interférogramme enroulé (phase en radians, complexe, ou deux bandes)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/detection_panel.py" line="32" />
        <source>Interferogram</source>
        <translation>Interférogramme</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/detection_panel.py" line="34" />
        <source>Coherence</source>
        <translation>Cohérence</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/detection_panel.py" line="36" />
        <source>Optical image (e.g. SPOT 6/7) the results are placed above</source>
        <translation>Image optique (p. ex. SPOT 6/7) au-dessus de laquelle les résultats sont placés</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/detection_panel.py" line="38" />
        <source>Optical image</source>
        <translation>Image optique</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/detection_panel.py" line="40" />
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/detection_panel.py" line="46" />
        <source>model's</source>
        <translation>du modèle</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/detection_panel.py" line="47" />
        <source>Probability above which a pixel is moving; at the minimum: the model's own threshold</source>
        <translation>Probabilité au-dessus de laquelle un pixel est en mouvement ; au minimum : le seuil propre au modèle</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/detection_panel.py" line="49" />
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/detection_panel.py" line="54" />
        <source>Class activation map method (ECSPLAIN's localisation and the CAM layer)</source>
        <translation>Méthode de carte d'activation de classe (localisation d'ECSPLAIN et couche CAM)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/detection_panel.py" line="56" />
        <source>CAM method</source>
        <translation>Méthode CAM</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/detection_panel.py" line="57" />
        <source>Add a CAM layer</source>
        <translation>Ajouter une couche CAM</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/detection_panel.py" line="65" />
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/detection_panel.py" line="68" />
        <source>GeoPackage where the review is saved; the probability (and CAM) rasters are written beside it as &lt;name&gt;_probability.tif (&lt;name&gt;_cam.tif)</source>
        <translation>GeoPackage où la revue est enregistrée ; les rasters de probabilité (et de CAM) sont écrits à côté sous le nom &lt;nom&gt;_probability.tif (&lt;nom&gt;_cam.tif)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/detection_panel.py" line="71" />
        <source>Corrections file</source>
        <translation>Fichier de corrections</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/detection_panel.py" line="130" />
        <source>Choose an interferogram layer (add it to the project first).</source>
        <translation>Choisissez une couche d'interférogramme (ajoutez-la d'abord au projet).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/detection_panel.py" line="133" />
        <source>Choose a model.</source>
        <translation>Choisissez un modèle.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/detection_panel.py" line="136" />
        <source>Choose the corrections file (a GeoPackage) where the review is saved.</source>
        <translation>Choisissez le fichier de corrections (un GeoPackage) où la revue est enregistrée.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/detection_panel.py" line="110" />
        <source>The layer '{layer}' is not a raster file: save it as a GeoTIFF first (right-click &gt; Export &gt; Save As...).</source>
        <translation>La couche '{layer}' n'est pas un fichier raster : enregistrez-la d'abord en GeoTIFF (clic droit &gt; Exporter &gt; Enregistrer sous...).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/detection_panel.py" line="59" />
        <source>Also write the class activation map of the whole interferogram with this method (slower)</source>
        <translation>Écrire aussi la carte d'activation de classe de tout l'interférogramme avec cette méthode (plus lent)</translation>
    </message>
</context>
<context>
    <name>DetectionTask</name>
    <message>
        <location filename="../isslide_qgis/gui/run_task.py" line="106" />
        <source>ISSLIDE detection</source>
        <translation>Détection ISSLIDE</translation>
    </message>
</context>
<context>
    <name>EvaluateModel</name>
    <message>
        <location filename="../isslide_qgis/processing/evaluate_model.py" line="31" />
        <source>Evaluate model</source>
        <translation>Évaluer un modèle</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/evaluate_model.py" line="35" />
        <source>Measures a model (a shipped default or a checkpoint) on the annotated patches of an ISSLIDE-layout dataset, as the ISSLIDE and ECSPLAIN papers do: precision, recall, F1, IoU, Dice, average Hausdorff distance and AUROC over 101 thresholds, and patch-level detection (segmenters: a patch is detected when more than 25 pixels exceed the threshold; ECSPLAIN: its detection score, and its class activation map against the masks).
Every curve is read at the threshold of the model card, chosen on validation data when the model was trained: never tune a threshold on the data you report.
With a test zone, only the papers' test part is evaluated (the zone's last 20% of dates). Outputs: a self-contained HTML report (curves, plots, model card) and a CSV table with one row per curve and threshold.</source>
        <translation>Mesure un modèle (un modèle fourni ou un fichier de points de contrôle) sur les imagettes annotées d'un jeu de données au format ISSLIDE, comme les articles ISSLIDE et ECSPLAIN : précision, rappel, F1, IoU, Dice, distance de Hausdorff moyenne et AUROC sur 101 seuils, et détection par imagette (segmenteurs : une imagette est détectée quand plus de 25 pixels dépassent le seuil ; ECSPLAIN : son score de détection, et sa carte d'activation de classe comparée aux masques).
Chaque courbe est lue au seuil de la fiche du modèle, choisi sur les données de validation lors de l'entraînement : n'ajustez jamais un seuil sur les données que vous rapportez.
Avec une zone de test, seule la partie test des articles est évaluée (les 20 % de dates les plus récentes de la zone). Sorties : un rapport HTML autonome (courbes, graphiques, fiche du modèle) et un tableau CSV avec une ligne par courbe et par seuil.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/evaluate_model.py" line="50" />
        <source>Annotated dataset (ISSLIDE layout folder)</source>
        <translation>Jeu de données annoté (dossier au format ISSLIDE)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/evaluate_model.py" line="53" />
        <source>Test zone (papers' split; empty: every patch)</source>
        <translation>Zone de test (découpage des articles ; vide : toutes les imagettes)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/evaluate_model.py" line="55" />
        <source>Evaluation report</source>
        <translation>Rapport d'évaluation</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/evaluate_model.py" line="55" />
        <source>HTML files (*.html)</source>
        <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/evaluate_model.py" line="57" />
        <source>Metrics table</source>
        <translation>Tableau des métriques</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/evaluate_model.py" line="57" />
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/evaluate_model.py" line="76" />
        <source>Report written to {path}</source>
        <translation>Rapport écrit dans {path}</translation>
    </message>
</context>
<context>
    <name>ExportOnnx</name>
    <message>
        <location filename="../isslide_qgis/processing/export_onnx.py" line="32" />
        <source>Export a segmenter to ONNX</source>
        <translation>Exporter un segmenteur en ONNX</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/export_onnx.py" line="36" />
        <source>Writes a segmenter (FCN, DeepLabV3, UNet, ResUNet, SepUNet; shipped or fine-tuned) as an ONNX model, which detection runs with ONNX Runtime, without PyTorch (backend auto or onnxruntime), and which the Deepness plugin can run on the channels of 'Prepare model input channels'. Save it beside the checkpoint with the same name (model.pt -&gt; model.onnx) for the backend auto to find it. The model card is stored in the file; weights are float16, computation float32. The export is checked against PyTorch on tiles of the bundled sample scene: a difference above 1e-4 stops with an error and writes nothing. ECSPLAIN cannot be exported: its map needs gradients (Grad-CAM), so it runs on PyTorch only.</source>
        <translation>Écrit un segmenteur (FCN, DeepLabV3, UNet, ResUNet, SepUNet ; fourni ou affiné) sous forme de modèle ONNX, que la détection exécute avec ONNX Runtime, sans PyTorch (moteur auto ou onnxruntime), et que l'extension Deepness peut exécuter sur les canaux de « Préparer les canaux d'entrée du modèle ». Enregistrez-le à côté du fichier de points de contrôle sous le même nom (model.pt -&gt; model.onnx) pour que le moteur auto le trouve. La fiche du modèle est stockée dans le fichier ; poids en float16, calcul en float32. L'export est comparé à PyTorch sur des tuiles de la scène d'exemple fournie : un écart supérieur à 1e-4 arrête avec une erreur et n'écrit rien. ECSPLAIN ne peut pas être exporté : sa carte a besoin de gradients (Grad-CAM), il ne tourne donc qu'avec PyTorch.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/export_onnx.py" line="49" />
        <source>Shipped model</source>
        <translation>Modèle fourni</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/export_onnx.py" line="53" />
        <source>Checkpoint file (overrides the shipped model)</source>
        <translation>Fichier de points de contrôle (remplace le modèle fourni)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/export_onnx.py" line="56" />
        <source>ONNX model</source>
        <translation>Modèle ONNX</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/export_onnx.py" line="56" />
        <source>ONNX models (*.onnx)</source>
        <translation>Modèles ONNX (*.onnx)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/export_onnx.py" line="58" />
        <source>Largest difference from PyTorch on the sample</source>
        <translation>Plus grand écart à PyTorch sur l'exemple</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/export_onnx.py" line="67" />
        <source>Exporting {checkpoint}</source>
        <translation>Export de {checkpoint}</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/export_onnx.py" line="69" />
        <source>{path}: {size:.0f} KiB; largest difference from PyTorch on {tiles} sample tiles: {diff:.2g}</source>
        <translation>{path} : {size:.0f} Kio ; plus grand écart à PyTorch sur {tiles} tuiles d'exemple : {diff:.2g}</translation>
    </message>
</context>
<context>
    <name>ExtractPatches</name>
    <message>
        <location filename="../isslide_qgis/processing/extract_patches.py" line="47" />
        <source>Extract training patches</source>
        <translation>Extraire des imagettes d'entraînement</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/extract_patches.py" line="51" />
        <source>Builds a training dataset in the ISSLIDE folder layout from an interferogram, its coherence and annotation polygons of moving areas.
Positive patches (default 100 x 100 pixels) are centred on the local maxima of the distance transform of the annotations, as in the ISSLIDE dataset, so the same patches recur at every date of a zone. Negative patches are drawn at random away from every annotation (Negatives = how many).
Layout: &lt;folder&gt;/&lt;delay&gt;/&lt;zone&gt;/&lt;interferogram&gt;/phase|coherence/&lt;zone&gt;_NNN.tif, masks in &lt;folder&gt;/&lt;delay&gt;/&lt;zone&gt;/Segmentations/&lt;interferogram&gt;/, negatives in &lt;folder&gt;/negatives/&lt;delay&gt;/&lt;interferogram&gt;/. Every patch keeps its georeferencing. Run it once per interferogram into the same folder to build a multi-date dataset; name interferograms by their dates (e.g. 20200101_20200107) so training can split them chronologically.</source>
        <translation>Construit un jeu d'entraînement selon l'arborescence ISSLIDE à partir d'un interférogramme, de sa cohérence et de polygones d'annotation des zones en mouvement.
Les imagettes positives (100 x 100 pixels par défaut) sont centrées sur les maxima locaux de la transformée en distance des annotations, comme dans le jeu ISSLIDE : les mêmes imagettes reviennent à chaque date d'une zone. Les imagettes négatives sont tirées au hasard loin de toute annotation (Négatives = combien).
Arborescence : &lt;dossier&gt;/&lt;délai&gt;/&lt;zone&gt;/&lt;interférogramme&gt;/phase|coherence/&lt;zone&gt;_NNN.tif, masques dans &lt;dossier&gt;/&lt;délai&gt;/&lt;zone&gt;/Segmentations/&lt;interférogramme&gt;/, négatives dans &lt;dossier&gt;/negatives/&lt;délai&gt;/&lt;interférogramme&gt;/. Chaque imagette garde son géoréférencement. Lancez l'algorithme une fois par interférogramme dans le même dossier pour un jeu multi-dates ; nommez les interférogrammes par leurs dates (p. ex. 20200101_20200107) pour que l'entraînement puisse les séparer chronologiquement.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/extract_patches.py" line="67" />
        <source>Annotations (polygons of moving areas)</source>
        <translation>Annotations (polygones des zones en mouvement)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/extract_patches.py" line="70" />
        <source>Zone name (e.g. Queyras)</source>
        <translation>Nom de la zone (p. ex. Queyras)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/extract_patches.py" line="72" />
        <source>Temporal baseline (days)</source>
        <translation>Écart temporel (jours)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/extract_patches.py" line="75" />
        <source>Interferogram name (default: the file name)</source>
        <translation>Nom de l'interférogramme (par défaut : le nom du fichier)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/extract_patches.py" line="78" />
        <source>Patch size (pixels)</source>
        <translation>Taille des imagettes (pixels)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/extract_patches.py" line="81" />
        <source>Negative patches (no movement)</source>
        <translation>Imagettes négatives (sans mouvement)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/extract_patches.py" line="84" />
        <source>Random seed (negatives)</source>
        <translation>Graine aléatoire (négatives)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/extract_patches.py" line="87" />
        <source>Dataset folder</source>
        <translation>Dossier du jeu de données</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/extract_patches.py" line="89" />
        <source>Positive patches</source>
        <translation>Imagettes positives</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/extract_patches.py" line="90" />
        <source>Negative patches</source>
        <translation>Imagettes négatives</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/extract_patches.py" line="114" />
        <source>{positives} positive and {negatives} negative patches written to {folder}</source>
        <translation>{positives} imagettes positives et {negatives} négatives écrites dans {folder}</translation>
    </message>
</context>
<context>
    <name>FinetuneModel</name>
    <message>
        <location filename="../isslide_qgis/processing/finetune_model.py" line="42" />
        <source>Fine-tune model</source>
        <translation>Ajuster un modèle</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/finetune_model.py" line="61" />
        <source>Training dataset (ISSLIDE layout folder)</source>
        <translation>Jeu d'entraînement (dossier au format ISSLIDE)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/finetune_model.py" line="65" />
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/finetune_model.py" line="67" />
        <source>Learning rate</source>
        <translation>Taux d'apprentissage</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/finetune_model.py" line="69" />
        <source>Batch size</source>
        <translation>Taille des lots</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/finetune_model.py" line="71" />
        <source>Frozen layers</source>
        <translation>Couches figées</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/finetune_model.py" line="74" />
        <source>Test zone (papers' split; empty: none)</source>
        <translation>Zone de test (séparation des articles ; vide : aucune)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/finetune_model.py" line="76" />
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/finetune_model.py" line="78" />
        <source>Fine-tuned checkpoint</source>
        <translation>Point de contrôle ajusté</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/finetune_model.py" line="96" />
        <source>Fine-tuned model written to {path}</source>
        <translation>Modèle ajusté écrit dans {path}</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/finetune_model.py" line="46" />
        <source>Adapts a trained model (a shipped default or a checkpoint) to your own annotations with few labels: the early layers, which extract generic features, stay frozen and the rest is trained on the patches of an ISSLIDE-layout dataset (made by 'Extract training patches', e.g. from corrected detections).
Frozen layers: 'shallow' = the ResNet stem and first stage (FCN, DeepLabV3, ECSPLAIN) or the first encoder level (U-Nets); 'deep' freezes one more stage. For ECSPLAIN the class-activation constraint is kept on the trainable layers only.
A quarter of the interferograms is held out to choose the thresholds written in the new model card (or the papers' split when a test zone is given). The new checkpoint can be used by every detection and explanation algorithm. An optional HTML report shows the loss per epoch and the new model's curves on the held-out patches.</source>
        <translation>Adapte un modèle entraîné (un modèle fourni ou un fichier de points de contrôle) à vos propres annotations avec peu d'étiquettes : les premières couches, qui extraient des caractéristiques génériques, restent gelées et le reste est entraîné sur les imagettes d'un jeu de données au format ISSLIDE (créé par « Extraire des imagettes d'entraînement », par exemple à partir de détections corrigées).
Couches gelées : « shallow » = l'entrée du ResNet et son premier étage (FCN, DeepLabV3, ECSPLAIN) ou le premier niveau de l'encodeur (U-Nets) ; « deep » gèle un étage de plus. Pour ECSPLAIN, la contrainte d'activation de classe n'est gardée que sur les couches entraînables.
Un quart des interférogrammes est mis de côté pour choisir les seuils écrits dans la nouvelle fiche du modèle (ou le découpage des articles quand une zone de test est donnée). Le nouveau fichier est utilisable par tous les algorithmes de détection et d'explication. Un rapport HTML facultatif montre la perte à chaque époque et les courbes du nouveau modèle sur les imagettes mises de côté.</translation>
    </message>
</context>
<context>
    <name>ImportProduct</name>
    <message>
        <location filename="../isslide_qgis/processing/import_product.py" line="32" />
        <source>Import an InSAR product</source>
        <translation>Importer un produit InSAR</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/import_product.py" line="56" />
        <source>Product file or pair folder (ISCE2, GAMMA, LiCSAR, HyP3...)</source>
        <translation>Fichier de produit ou dossier d'un couple (ISCE2, GAMMA, LiCSAR, HyP3...)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/import_product.py" line="58" />
        <source>Interferogram (wrapped phase, radians)</source>
        <translation>Interférogramme (phase enroulée, radians)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/import_product.py" line="60" />
        <source>Coherence [0, 1]</source>
        <translation>Cohérence [0, 1]</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/import_product.py" line="62" />
        <source>Recognised product</source>
        <translation>Produit reconnu</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/import_product.py" line="63" />
        <source>Temporal baseline (days; empty when unknown)</source>
        <translation>Base temporelle (jours ; vide si inconnue)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/import_product.py" line="76" />
        <source>Incorrect parameter value for {name}</source>
        <translation>Valeur incorrecte pour le paramètre {name}</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/import_product.py" line="36" />
        <source>Opens what an InSAR processor wrote and writes it as two GeoTIFFs in this plugin's conventions, which QGIS opens and detection, other plugins and tools read: the wrapped phase in radians in [-pi, pi] (positive: motion towards the satellite) and the coherence in [0, 1], float32, with NaN declared as nodata.
Input: a product file, or a pair folder holding one interferogram (its coherence is found beside it). Recognised: ISCE2 topsStack (merged/interferograms/&lt;date1&gt;_&lt;date2&gt;/filt_fine.int, filt_fine.cor) and topsApp (merged/filt_topophase.flat[.geo], phsig.cor or topophase.cor), read through the .vrt ISCE2 writes; GAMMA raw big-endian &lt;pair&gt;.adf.diff / .diff and .adf.cc / .cc, whose size, geocoding and dates come from the .off, .diff_par and DEM_par files (GDAL headers are written to a temporary folder, never beside your data); LiCSAR (0-255 coherence divided by 255), HyP3, PyRate, SNAP and ISSLIDE files. Zeros written as 'no data' become nodata; unwrapped phase is wrapped.
Name the outputs &lt;date1&gt;_&lt;date2&gt;_phase.tif and &lt;date1&gt;_&lt;date2&gt;_coherence.tif to keep the dates for detection; the dates are also stored in the GeoTIFF tags. A whole folder of pairs goes to 'Process a stack of interferograms' directly. An output may not overwrite an input.</source>
        <translation>Ouvre ce qu'un logiciel InSAR a écrit et l'enregistre en deux GeoTIFF aux conventions de cette extension, que QGIS ouvre et que la détection, d'autres extensions et d'autres outils lisent : la phase enroulée en radians dans [-pi, pi] (positive : mouvement vers le satellite) et la cohérence dans [0, 1], en float32, avec NaN déclaré comme nodata.
Entrée : un fichier de produit, ou le dossier d'un couple contenant un seul interférogramme (sa cohérence est trouvée à côté). Reconnus : ISCE2 topsStack (merged/interferograms/&lt;date1&gt;_&lt;date2&gt;/filt_fine.int, filt_fine.cor) et topsApp (merged/filt_topophase.flat[.geo], phsig.cor ou topophase.cor), lus par le .vrt qu'écrit ISCE2 ; GAMMA brut gros-boutiste &lt;couple&gt;.adf.diff / .diff et .adf.cc / .cc, dont la taille, le géocodage et les dates viennent des fichiers .off, .diff_par et DEM_par (les en-têtes GDAL sont écrits dans un dossier temporaire, jamais à côté de vos données) ; LiCSAR (cohérence 0-255 divisée par 255), HyP3, PyRate, SNAP et ISSLIDE. Les zéros écrits comme « pas de donnée » deviennent nodata ; la phase déroulée est enroulée.
Nommez les sorties &lt;date1&gt;_&lt;date2&gt;_phase.tif et &lt;date1&gt;_&lt;date2&gt;_coherence.tif pour garder les dates pour la détection ; les dates sont aussi enregistrées dans les étiquettes du GeoTIFF. Un dossier entier de couples se traite directement avec « Traiter une pile d'interférogrammes ». Une sortie ne peut pas écraser une entrée.</translation>
    </message>
</context>
<context>
    <name>InstallDialog</name>
    <message>
        <location filename="../isslide_qgis/gui/install_dialog.py" line="102" />
        <source>ISSLIDE: install Python packages</source>
        <translation>ISSLIDE : installer les paquets Python</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/install_dialog.py" line="138" />
        <source>Install</source>
        <translation>Installer</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/install_dialog.py" line="115" />
        <source>Packages folder</source>
        <translation>Dossier des paquets</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/install_dialog.py" line="117" />
        <source>Optional: a folder of wheel files, for a computer without internet</source>
        <translation>Facultatif : un dossier de fichiers wheel, pour un ordinateur sans internet</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/install_dialog.py" line="119" />
        <source>Wheels folder (offline)</source>
        <translation>Dossier de wheels (hors ligne)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/install_dialog.py" line="136" />
        <source>Show plan</source>
        <translation>Afficher le plan</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/install_dialog.py" line="140" />
        <source>Cancel installation</source>
        <translation>Annuler l'installation</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/install_dialog.py" line="155" />
        <source>Detection only: ONNX Runtime (small download)</source>
        <translation>Détection seule : ONNX Runtime (petit téléchargement)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/install_dialog.py" line="156" />
        <source>Everything: PyTorch, ONNX Runtime, ONNX export (large download)</source>
        <translation>Tout : PyTorch, ONNX Runtime, export ONNX (gros téléchargement)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/install_dialog.py" line="200" />
        <source>Everything is already installed: nothing to do.</source>
        <translation>Tout est déjà installé : rien à faire.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/install_dialog.py" line="251" />
        <source>Installation cancelled; the previous packages folder is unchanged.</source>
        <translation>Installation annulée ; le dossier de paquets précédent est inchangé.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/install_dialog.py" line="122" />
        <source>From QGIS' network settings (Settings ▸ Options ▸ Network); given to pip as HTTPS_PROXY</source>
        <translation>Issu des paramètres réseau de QGIS (Préférences ▸ Options ▸ Réseau) ; transmis à pip par HTTPS_PROXY</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/install_dialog.py" line="124" />
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/install_dialog.py" line="142" />
        <source>Copy diagnostics</source>
        <translation>Copier le diagnostic</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/install_dialog.py" line="144" />
        <source>Versions, paths, devices and the end of the last install log, for a bug report</source>
        <translation>Versions, chemins, périphériques et fin du dernier journal d'installation, pour un rapport de bogue</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/install_dialog.py" line="175" />
        <source>none (QGIS' network settings; pip follows HTTPS_PROXY if set)</source>
        <translation>aucun (paramètres réseau de QGIS ; pip suit HTTPS_PROXY s'il est défini)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/install_dialog.py" line="227" />
        <source>Copied to the clipboard:</source>
        <translation>Copié dans le presse-papiers :</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/install_dialog.py" line="244" />
        <source>Installed into {folder}. The plugin's packages folder is now {target}.</source>
        <translation>Installé dans {folder}. Le dossier de paquets de l'extension est désormais {target}.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/install_dialog.py" line="261" />
        <source>Restart QGIS to use the new packages: this QGIS has already loaded {names} from elsewhere.</source>
        <translation>Redémarrez QGIS pour utiliser les nouveaux paquets : ce QGIS a déjà chargé {names} depuis un autre emplacement.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/install_dialog.py" line="263" />
        <source>The new packages are usable now, without restarting QGIS.</source>
        <translation>Les nouveaux paquets sont utilisables dès maintenant, sans redémarrer QGIS.</translation>
    </message>
</context>
<context>
    <name>InstallTask</name>
    <message>
        <location filename="../isslide_qgis/gui/install_dialog.py" line="65" />
        <source>ISSLIDE: installing Python packages</source>
        <translation>ISSLIDE : installation des paquets Python</translation>
    </message>
</context>
<context>
    <name>IsslideAlgorithm</name>
    <message>
        <location filename="../isslide_qgis/processing/base.py" line="173" />
        <source>Cancelled: no output was written.</source>
        <translation>Annulé : aucune sortie n'a été écrite.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/base.py" line="179" />
        <source>{name} failed unexpectedly: {error}. This is a bug of the ISSLIDE plugin; the details are in the QGIS message log (tab ISSLIDE). Please report them.</source>
        <translation>{name} a échoué de façon inattendue : {error}. C'est un défaut de l'extension ISSLIDE ; les détails sont dans le journal des messages de QGIS (onglet ISSLIDE). Merci de les signaler.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/base.py" line="50" />
        <source>Accepted values of the lists (qgis_process, Python and graphical models take these strings, not numbers):</source>
        <translation>Valeurs acceptées des listes (qgis_process, Python et les modèles graphiques prennent ces chaînes, pas des numéros) :</translation>
    </message>
</context>
<context>
    <name>IsslideCore</name>
    <message>
        <location filename="../isslide_qgis/core/dependencies.py" line="74" />
        <source>Alternatively, from a checkout of isslide_qgis, 'make deploy' creates a virtual environment with torch and points the setting at it.</source>
        <translation>Autre possibilité : depuis une copie des sources d'isslide_qgis, « make deploy » crée un environnement virtuel avec torch et y fait pointer ce paramètre.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/dependencies.py" line="76" />
        <source>For qgis_process on a server, 'PYTHONPATH=&lt;folder&gt; qgis_process run ...' also works.</source>
        <translation>Pour qgis_process sur un serveur, « PYTHONPATH=&lt;dossier&gt; qgis_process run ... » fonctionne aussi.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/dependencies.py" line="72" />
        <source>and set that folder as the plugin's extra Python packages folder (QGIS setting isslide_qgis/packages_folder).</source>
        <translation>et indiquez ce dossier comme dossier de paquets Python supplémentaires de l'extension (paramètre QGIS isslide_qgis/packages_folder).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/simulation/config.py" line="151" />
        <source>Invalid simulation settings: {p}. Fix these values.</source>
        <translation>Paramètres de simulation invalides : {p}. Corrigez ces valeurs.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/simulation/writer.py" line="174" />
        <source>GDAL's Python bindings (osgeo) are needed to write '{path}'.</source>
        <translation>Les liaisons Python de GDAL (osgeo) sont nécessaires pour écrire « {path} ».</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/cam/base.py" line="84" />
        <source>The CAM target {target} returned {shape}; it must return one score per image ({batch},).</source>
        <translation>La cible de CAM {target} a renvoyé {shape} ; elle doit renvoyer un score par image ({batch},).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/cam/base.py" line="208" />
        <source>{method}.layer_map returned {shape} for layer {layer}, expected {expected}</source>
        <translation>{method}.layer_map a renvoyé {shape} pour la couche {layer}, attendu : {expected}</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/cam/hooks.py" line="55" />
        <source>Closest names: {hints}.</source>
        <translation>Noms les plus proches : {hints}.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/cam/hooks.py" line="57" />
        <source>Unknown layer name(s) {unknown} for model {model}.{hint} Choose among the available layers: {layers}.</source>
        <translation>Nom(s) de couche inconnu(s) {unknown} pour le modèle {model}.{hint} Choisissez parmi les couches disponibles : {layers}.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/diagnostics.py" line="66" />
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/cam/hooks.py" line="123" />
        <source>Layer {layer} ({module}) returned {shape}; a CAM needs a layer whose output is a feature map (N, C, h, w). Choose a convolution or block layer.</source>
        <translation>La couche {layer} ({module}) a renvoyé {shape} ; une CAM nécessite une couche dont la sortie est une carte de caractéristiques (N, C, h, w). Choisissez une couche de convolution ou un bloc.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/cam/hooks.py" line="131" />
        <source>Layer {layer} ran twice in one forward pass; a CAM needs a layer used once. Record the layers of one forward pass per recorder, or choose another layer.</source>
        <translation>La couche {layer} a été exécutée deux fois en une seule passe avant ; une CAM nécessite une couche utilisée une seule fois. Enregistrez les couches d'une seule passe avant par enregistreur, ou choisissez une autre couche.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/cam/hooks.py" line="155" />
        <source>Layer(s) {layers} did not run during the forward pass of {model}; choose layers on the path from the input to the output.</source>
        <translation>La ou les couches {layers} n'ont pas été exécutées pendant la passe avant de {model} ; choisissez des couches situées sur le chemin entre l'entrée et la sortie.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/cam/hooks.py" line="192" />
        <source>The explained score does not depend on the recorded layers (no autograd graph); run the forward pass with gradients enabled inside the recorder.</source>
        <translation>Le score expliqué ne dépend pas des couches enregistrées (pas de graphe autograd) ; exécutez la passe avant avec les gradients activés, à l'intérieur de l'enregistreur.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/cam/hooks.py" line="208" />
        <source>The explained score does not depend on layer(s) {layers}; choose layers on the path from the input to the explained output.</source>
        <translation>Le score expliqué ne dépend pas de la ou des couches {layers} ; choisissez des couches situées sur le chemin entre l'entrée et la sortie expliquée.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/cam/registry.py" line="71" />
        <source>Unknown CAM method {name}; choose one of: {valid}.</source>
        <translation>Méthode de CAM inconnue {name} ; choisissez parmi : {valid}.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/cam/scorecam.py" line="163" />
        <source>Score-CAM was cancelled.</source>
        <translation>Score-CAM a été annulé.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/baselines.py" line="75" />
        <source>The smoothing window must be an odd number of pixels of at least 3, got {window}.</source>
        <translation>La fenêtre de lissage doit être un nombre impair de pixels, au moins 3 ; reçu {window}.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/detection_metrics.py" line="113" />
        <source>Patch probabilities must be an array of patches (patches x rows x columns), got shape {shape}.</source>
        <translation>Les probabilités des imagettes doivent former un tableau d'imagettes (imagettes x lignes x colonnes) ; forme reçue {shape}.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/object_metrics.py" line="103" />
        <source>The minimum area must be 0 or more pixels, got {value}.</source>
        <translation>La surface minimale doit être de 0 pixel ou plus ; reçu {value}.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/object_metrics.py" line="179" />
        <source>The pixel area must be a positive number of square metres, got {value}.</source>
        <translation>La surface d'un pixel doit être un nombre positif de mètres carrés ; reçu {value}.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/pixel_metrics.py" line="69" />
        <source>Unknown averaging '{name}'. Choose one of: {names}.</source>
        <translation>Moyenne « {name} » inconnue. Choisissez parmi : {names}.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/report.py" line="83" />
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/report.py" line="84" />
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/report.py" line="129" />
        <source>Curve</source>
        <translation>Courbe</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/report.py" line="177" />
        <source>Generated on {date} by isslide_qgis.</source>
        <translation>Produit le {date} par isslide_qgis.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/report.py" line="182" />
        <source>Metrics at the chosen threshold</source>
        <translation>Métriques au seuil choisi</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/report.py" line="198" />
        <source>The metrics table {path} has no rows to write. Evaluate at least one scene or threshold first.</source>
        <translation>La table de métriques {path} n'a aucune ligne à écrire. Évaluez d'abord au moins une scène ou un seuil.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/report_figures.py" line="34" />
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/report_figures.py" line="35" />
        <source>Recall</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/report_figures.py" line="37" />
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/report_figures.py" line="38" />
        <source>Average Hausdorff distance (px)</source>
        <translation>Distance de Hausdorff moyenne (px)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/report_figures.py" line="39" />
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/report_figures.py" line="70" />
        <source>Precision-recall curve (dot: chosen threshold)</source>
        <translation>Courbe précision-rappel (point : seuil choisi)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/report_figures.py" line="98" />
        <source>Metrics against the threshold: {name}</source>
        <translation>Métriques en fonction du seuil : {name}</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/report_figures.py" line="113" />
        <source>False positive rate</source>
        <translation>Taux de faux positifs</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/report_figures.py" line="113" />
        <source>True positive rate</source>
        <translation>Taux de vrais positifs</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/report_figures.py" line="116" />
        <source>ROC curve</source>
        <translation>Courbe ROC</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/roc.py" line="46" />
        <source>Scores and labels must have one value per patch, got {n_scores} scores and {n_labels} labels.</source>
        <translation>Les scores et les étiquettes doivent avoir une valeur par imagette ; reçu {n_scores} scores et {n_labels} étiquettes.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/roc.py" line="51" />
        <source>Scores must be finite numbers, but {count} are NaN or infinite. Remove the patches without a score.</source>
        <translation>Les scores doivent être des nombres finis, mais {count} sont NaN ou infinis. Retirez les imagettes sans score.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/thresholds.py" line="87" />
        <source>Unknown metric '{name}'. Choose one of: {names}.</source>
        <translation>Métrique « {name} » inconnue. Choisissez parmi : {names}.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/thresholds.py" line="164" />
        <source>Unknown threshold selection mode '{mode}'. Choose one of: {names}.</source>
        <translation>Mode de choix du seuil « {mode} » inconnu. Choisissez parmi : {names}.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/thresholds.py" line="169" />
        <source>The metric '{name}' has no finite value at any threshold, so no threshold can be chosen. Evaluate on data that contains valid pixels.</source>
        <translation>La métrique « {name} » n'a de valeur finie à aucun seuil : aucun seuil ne peut être choisi. Évaluez sur des données qui contiennent des pixels valides.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/validation.py" line="26" />
        <source>The {what} array has shape {shape} but the probability map has shape {expected}. Give arrays on the same grid (same rows and columns).</source>
        <translation>Le tableau {what} a la forme {shape} mais la carte de probabilité a la forme {expected}. Donnez des tableaux sur la même grille (mêmes lignes et colonnes).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/validation.py" line="35" />
        <source>'{name}' must lie between 0 and 1, got {value}.</source>
        <translation>« {name} » doit être compris entre 0 et 1 ; reçu {value}.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/validation.py" line="47" />
        <source>Probabilities must lie between 0 and 1, but the values range from {low} to {high}. Apply a sigmoid to the model's logits before evaluating.</source>
        <translation>Les probabilités doivent être comprises entre 0 et 1, mais les valeurs vont de {low} à {high}. Appliquez une sigmoïde aux logits du modèle avant d'évaluer.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/validation.py" line="82" />
        <source>Thresholds must increase strictly, without NaN; got {values}. Give an increasing list such as 0, 0.01, ..., 1.</source>
        <translation>Les seuils doivent être strictement croissants, sans NaN ; reçu {values}. Donnez une liste croissante comme 0, 0,01, ..., 1.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/inference/engine.py" line="125" />
        <source>Detection was cancelled after {done} of {total} tiles; no output was written.</source>
        <translation>La détection a été annulée après {done} tuiles sur {total} ; aucune sortie n'a été écrite.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/inference/engine.py" line="179" />
        <source>The model '{name}' failed on the tiles of rows {first} to {last} ({error}: {message}); no output was written. Check that the model fits the input, or lower the batch size if memory ran out.</source>
        <translation>Le modèle « {name} » a échoué sur les tuiles des lignes {first} à {last} ({error} : {message}) ; aucune sortie n'a été écrite. Vérifiez que le modèle convient à l'entrée, ou réduisez la taille des lots si la mémoire a manqué.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/inference/predictors.py" line="157" />
        <source>Device '{device}' cannot be used: PyTorch sees no such device here. Choose 'cpu', or 'auto' to use a CUDA GPU when there is one.</source>
        <translation>Le processeur « {device} » est inutilisable : PyTorch ne le voit pas ici. Choisissez « cpu », ou « auto » pour utiliser un GPU CUDA s'il y en a un.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/inference/predictors.py" line="186" />
        <source>The network takes {given} input channels but its model card '{name}' describes {expected}: load the model and its card from the same checkpoint.</source>
        <translation>Le réseau prend {given} canaux d'entrée mais sa fiche de modèle « {name} » en décrit {expected} : chargez le modèle et sa fiche depuis le même point de contrôle.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/inference/predictors.py" line="250" />
        <source>The segmenter '{name}' returned an output of shape {shape} for tiles of shape {tiles}; a segmenter must return one logit per pixel (N, 1, H, W).</source>
        <translation>Le segmenteur « {name} » a rendu une sortie de forme {shape} pour des tuiles de forme {tiles} ; un segmenteur doit rendre un logit par pixel (N, 1, H, W).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/inference/predictors.py" line="283" />
        <source>The classifier '{name}' names no layers for its class activation map (attribute cam_layers), so it cannot localise detections: use an ECSPLAIN model of the registry.</source>
        <translation>Le classifieur « {name} » ne nomme aucune couche pour sa carte d'activation de classe (attribut cam_layers) et ne peut donc pas localiser les détections : utilisez un modèle ECSPLAIN du registre.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/inference/predictors.py" line="325" />
        <source>No inference is defined for models of task '{task}' ('{name}'); known tasks: {tasks}.</source>
        <translation>Aucune inférence n'est définie pour les modèles de tâche « {task} » (« {name} ») ; tâches connues : {tasks}.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/inference/sources.py" line="63" />
        <source>The phase and coherence arrays must be 2-D, of one shape and of the grid's size; got shapes {shapes} for a grid of {grid} pixels.</source>
        <translation>Les tableaux de phase et de cohérence doivent être en 2D, de même forme et de la taille de la grille ; formes reçues {shapes} pour une grille de {grid} pixels.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/inference/tiling.py" line="47" />
        <source>Invalid tiling: tile size {tile} px with overlap {overlap} px. The tile size must be positive and the overlap between 0 and the tile size minus one.</source>
        <translation>Découpage invalide : tuiles de {tile} px avec un recouvrement de {overlap} px. La taille des tuiles doit être positive et le recouvrement compris entre 0 et la taille des tuiles moins un.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/inference/writers.py" line="176" />
        <source>The result raster '{path}' was set up for the grid {expected} but the interferogram has the grid {given}: give the output the interferogram's grid.</source>
        <translation>Le raster résultat « {path} » a été préparé pour la grille {expected} mais l'interférogramme a la grille {given} : donnez à la sortie la grille de l'interférogramme.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/inference/writers.py" line="185" />
        <source>The result raster '{path}' was set up with {count} bands but the model gives {given} ({names}).</source>
        <translation>Le raster résultat « {path} » a été préparé avec {count} bandes mais le modèle en donne {given} ({names}).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/inference/writers.py" line="210" />
        <source>Cannot write the result raster '{path}': {error}. Check that the folder is writable and has free space.</source>
        <translation>Impossible d'écrire le raster résultat « {path} » : {error}. Vérifiez que le dossier est accessible en écriture et qu'il reste de la place.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/channels.py" line="55" />
        <source>Channel convention '{name}' ({description}) needs a coherence raster: give the coherence of the interferogram.</source>
        <translation>La convention de canaux « {name} » ({description}) nécessite un raster de cohérence : fournissez la cohérence de l'interférogramme.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/channels.py" line="103" />
        <source>Channel convention '{name}' ({description}) needs a coherence raster, but only the phase '{phase}' was given. Add its coherence raster.</source>
        <translation>La convention de canaux « {name} » ({description}) nécessite un raster de cohérence, mais seule la phase « {phase} » a été fournie. Ajoutez son raster de cohérence.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/channels.py" line="119" />
        <source>Writing the channels to '{path}' was cancelled; no file was written.</source>
        <translation>L'écriture des canaux dans « {path} » a été annulée ; aucun fichier n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/coherence_alignment.py" line="70" />
        <source>only one of phase and coherence has a CRS: coherence '{path}' is assumed to lie on the phase pixel grid (same size)</source>
        <translation>seule la phase ou la cohérence a un SCR : la cohérence « {path} » est supposée être sur la grille de pixels de la phase (même taille)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/coherence_alignment.py" line="80" />
        <source>coherence resampled from {source} onto the phase grid {target} (bilinear)</source>
        <translation>cohérence rééchantillonnée de {source} vers la grille de la phase {target} (bilinéaire)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/conventions.py" line="38" />
        <source>3 channels [coherence, cos(phase), sin(phase)] of the 2023 ISSLIDE segmenters</source>
        <translation>3 canaux [cohérence, cos(phase), sin(phase)] des segmenteurs ISSLIDE de 2023</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/conventions.py" line="45" />
        <source>2 channels [coh*cos(phase), coh*sin(phase)] of ECSPLAIN (2025)</source>
        <translation>2 canaux [coh*cos(phase), coh*sin(phase)] d'ECSPLAIN (2025)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/conventions.py" line="63" />
        <source>Unknown channel convention {name}; valid conventions: {valid}.</source>
        <translation>Convention de canaux inconnue {name} ; conventions valides : {valid}.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/dataset.py" line="36" />
        <source>expected &lt;root&gt;/&lt;delay&gt;/&lt;zone&gt;/&lt;ifg&gt;/phase/&lt;zone&gt;_000.tif with coherence/ beside phase/ and masks in &lt;root&gt;/&lt;delay&gt;/&lt;zone&gt;/Segmentations/&lt;ifg&gt;/, negatives in &lt;root&gt;/negatives/&lt;delay&gt;/&lt;ifg&gt;/phase/ (delay = baseline in days, e.g. 6)</source>
        <translation>structure attendue : &lt;racine&gt;/&lt;écart&gt;/&lt;zone&gt;/&lt;ifg&gt;/phase/&lt;zone&gt;_000.tif avec coherence/ à côté de phase/, masques dans &lt;racine&gt;/&lt;écart&gt;/&lt;zone&gt;/Segmentations/&lt;ifg&gt;/, imagettes négatives dans &lt;racine&gt;/negatives/&lt;écart&gt;/&lt;ifg&gt;/phase/ (écart = écart temporel en jours, p. ex. 6)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/dataset.py" line="58" />
        <source>The interferogram folder '{folder}' has no '{phase}' folder, so this is not an ISSLIDE dataset: {layout}.</source>
        <translation>Le dossier d'interférogramme « {folder} » n'a pas de dossier « {phase} », ce n'est donc pas un jeu de données ISSLIDE ; {layout}.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/dataset.py" line="68" />
        <source>The patch '{patch}' has no annotation mask: expected '{mask}'. Restore the Segmentations folder or remove the patch.</source>
        <translation>L'imagette « {patch} » n'a pas de masque d'annotation : « {mask} » attendu. Restaurez le dossier Segmentations ou supprimez l'imagette.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/dataset.py" line="111" />
        <source>The ISSLIDE dataset folder '{root}' does not exist or is not a folder.</source>
        <translation>Le dossier du jeu de données ISSLIDE « {root} » n'existe pas ou n'est pas un dossier.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/dataset.py" line="124" />
        <source>'{root}' is not an ISSLIDE dataset: no patch found; {layout}. If you selected a delay or zone folder, select the dataset root above it.</source>
        <translation>« {root} » n'est pas un jeu de données ISSLIDE : aucune imagette trouvée ; {layout}. Si vous avez sélectionné un dossier d'écart temporel ou de zone, sélectionnez la racine du jeu de données, au-dessus.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/dataset.py" line="155" />
        <source>The files of patch '{name}' ({path}) differ in size: phase {phase_shape}, other {other_shape}. Regenerate the patch.</source>
        <translation>Les fichiers de l'imagette « {name} » ({path}) n'ont pas la même taille : phase {phase_shape}, autre {other_shape}. Régénérez l'imagette.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/dataset.py" line="188" />
        <source>test_fraction must be between 0 and 1 (exclusive), got {value}.</source>
        <translation>test_fraction doit être strictement compris entre 0 et 1, valeur reçue : {value}.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/dataset.py" line="195" />
        <source>Test zone {zone} is not in the dataset; its zones are: {zones}.</source>
        <translation>La zone de test {zone} n'est pas dans le jeu de données ; ses zones sont : {zones}.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/grid.py" line="137" />
        <source>no CRS (radar geometry)</source>
        <translation>sans SCR (géométrie radar)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/grid.py" line="141" />
        <source>{width} x {height} px, {crs}, pixel {xres} x {yres}</source>
        <translation>{width} x {height} px, {crs}, pixel de {xres} x {yres}</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/isslide_layout.py" line="88" />
        <source>zone</source>
        <translation>zone</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/isslide_layout.py" line="89" />
        <source>interferogram</source>
        <translation>interférogramme</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/isslide_layout.py" line="97" />
        <source>The {what} name {value} cannot be used as a folder name of the ISSLIDE dataset: use letters, digits, '-' or '_' (e.g. 'Queyras', '20200701_20200707').</source>
        <translation>Le nom {value} ({what}) ne peut pas servir de nom de dossier dans le jeu de données ISSLIDE : utilisez des lettres, des chiffres, « - » ou « _ » (p. ex. « Queyras », « 20200701_20200707 »).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/isslide_layout.py" line="105" />
        <source>The {what} name {value} is reserved by the ISSLIDE layout ({reserved}, '{tag}'): choose another name.</source>
        <translation>Le nom {value} ({what}) est réservé par l'arborescence ISSLIDE ({reserved}, « {tag} ») : choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/isslide_writer.py" line="54" />
        <source>pixel coordinates (no CRS)</source>
        <translation>coordonnées pixel (sans SCR)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/isslide_writer.py" line="58" />
        <source>None of the {count} annotation(s) intersects the interferogram '{path}' (bounds {bounds} in {crs}). Check that the annotation layer covers this interferogram and is in the raster's CRS (reproject it first).</source>
        <translation>Aucune des {count} annotation(s) n'intersecte l'interférogramme « {path} » (emprise {bounds} en {crs}). Vérifiez que la couche d'annotations couvre cet interférogramme et qu'elle est dans le SCR du raster (reprojetez-la d'abord).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/isslide_writer.py" line="213" />
        <source>The delay {delay} must be a positive number of days (6, 12, 18...).</source>
        <translation>L'écart temporel {delay} doit être un nombre de jours positif (6, 12, 18...).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/isslide_writer.py" line="241" />
        <source>Writing ISSLIDE patches of '{ifg}' to '{root}' was cancelled; the {count} file(s) written so far were removed.</source>
        <translation>L'écriture des imagettes ISSLIDE de « {ifg} » dans « {root} » a été annulée ; les {count} fichier(s) déjà écrit(s) ont été supprimé(s).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/phase_encoding.py" line="59" />
        <source>Unknown phase encoding {value}; valid encodings: {names}.</source>
        <translation>Encodage de phase inconnu {value} ; encodages valides : {names}.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/phase_encoding.py" line="147" />
        <source>band descriptions name cos and sin</source>
        <translation>les descriptions des bandes nomment cos et sin</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/phase_encoding.py" line="154" />
        <source>b1^2 + b2^2 = 1 (within {tolerance}) on {fraction} of {count} sampled pixels</source>
        <translation>b1^2 + b2^2 = 1 (à {tolerance} près) sur {fraction} des {count} pixels échantillonnés</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/phase_encoding.py" line="157" />
        <source>two bands whose values are not on the unit circle</source>
        <translation>deux bandes dont les valeurs ne sont pas sur le cercle unité</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/reading.py" line="52" />
        <source>no CRS: treated as radar geometry; outputs keep the pixel grid without CRS and areas are in pixels</source>
        <translation>pas de SCR : traité comme une géométrie radar ; les sorties conservent la grille de pixels sans SCR et les surfaces sont en pixels</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/reading.py" line="170" />
        <source>the file carries {count} ground control points, which are not used: terrain-correct (geocode) the interferogram to work in map coordinates</source>
        <translation>le fichier contient {count} points d'appui (GCP), qui ne sont pas utilisés : géocodez l'interférogramme (correction de terrain) pour travailler en coordonnées cartographiques</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/reading.py" line="183" />
        <source>phase encoding detected as '{encoding}': {why}</source>
        <translation>encodage de phase détecté : « {encoding} » ({why})</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/reading.py" line="217" />
        <source>the phase raster '{path}'</source>
        <translation>le raster de phase « {path} »</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/reading.py" line="217" />
        <source>every sampled pixel is nodata, NaN or zero-magnitude. Check the nodata value declared in the file and that you selected the interferogram band.</source>
        <translation>tous les pixels échantillonnés sont sans donnée, NaN ou de module nul. Vérifiez la valeur sans donnée déclarée dans le fichier et que vous avez sélectionné la bande de l'interférogramme.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/reading.py" line="233" />
        <source>phase values in [0, 2*pi] rewrapped to [-pi, pi]</source>
        <translation>valeurs de phase dans [0, 2*pi] réenroulées dans [-pi, pi]</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/reading.py" line="236" />
        <source>{fraction} of the phase pixels are exactly 0 and the file declares no nodata: if 0 marks the area outside the swath, declare it (gdal_edit.py -a_nodata 0)</source>
        <translation>{fraction} des pixels de phase valent exactement 0 et le fichier ne déclare aucune valeur sans donnée : si 0 marque la zone hors de la fauchée, déclarez-la (gdal_edit.py -a_nodata 0)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/reading.py" line="248" />
        <source>the coherence raster '{path}'</source>
        <translation>le raster de cohérence « {path} »</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/reading.py" line="248" />
        <source>every sampled pixel is nodata or NaN. Check the nodata value declared in the file.</source>
        <translation>tous les pixels échantillonnés sont sans donnée ou NaN. Vérifiez la valeur sans donnée déclarée dans le fichier.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/reading.py" line="257" />
        <source>the phase raster '{phase}' and the coherence raster '{coherence}' together</source>
        <translation>le raster de phase « {phase} » et le raster de cohérence « {coherence} » pris ensemble</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/reading.py" line="257" />
        <source>no pixel has both a valid phase and a valid coherence. Check that both come from the same interferogram and that their nodata values are right.</source>
        <translation>aucun pixel n'a à la fois une phase et une cohérence valides. Vérifiez que les deux proviennent du même interférogramme et que leurs valeurs sans donnée sont correctes.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/reading.py" line="285" />
        <source>some pixels outside the checked value ranges (missed by the validation sample) were set invalid; check the input rasters</source>
        <translation>des pixels hors des plages de valeurs vérifiées (manqués par l'échantillon de validation) ont été rendus invalides ; vérifiez les rasters d'entrée</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/simulation/config.py" line="256" />
        <source>Unknown simulation setting(s) {names}; valid names are the fields of SceneConfig.</source>
        <translation>Paramètre(s) de simulation inconnu(s) {names} ; les noms valides sont les champs de SceneConfig.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/simulation/grid.py" line="58" />
        <source>The simulation CRS '{crs}' is not known to GDAL ({err}). Use e.g. 'EPSG:32632', 'EPSG:4326' or None (radar geometry).</source>
        <translation>Le SCR de simulation « {crs} » est inconnu de GDAL ({err}). Utilisez p. ex. « EPSG:32632 », « EPSG:4326 » ou None (géométrie radar).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/simulation/writer.py" line="95" />
        <source>Cannot write the simulated raster '{path}': {err}. Check that the folder is writable.</source>
        <translation>Impossible d'écrire le raster simulé « {path} » : {err}. Vérifiez que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/simulation/writer.py" line="127" />
        <source>The scene has no optical image to write to '{path}'; simulate it with optical=True.</source>
        <translation>La scène n'a pas d'image optique à écrire dans « {path} » ; simulez-la avec optical=True.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/simulation/writer.py" line="188" />
        <source>Cannot create the GeoPackage '{path}'. Check that the folder is writable.</source>
        <translation>Impossible de créer le GeoPackage « {path} ». Vérifiez que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="35" />
        <source>phase</source>
        <translation>phase</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="36" />
        <source>coherence</source>
        <translation>cohérence</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="44" />
        <source>The {role} raster '{path}' does not exist. Check the path (was the file moved or renamed?) and select the {role} GeoTIFF exported by your InSAR processor.</source>
        <translation>Le raster de {role} « {path} » n'existe pas. Vérifiez le chemin (le fichier a-t-il été déplacé ou renommé ?) et sélectionnez le GeoTIFF de {role} exporté par votre chaîne de traitement InSAR.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="60" />
        <source>it is a folder; select the raster file inside it (e.g. the .img of a SNAP .data folder)</source>
        <translation>c'est un dossier ; sélectionnez le fichier raster qu'il contient (p. ex. le .img d'un dossier .data de SNAP)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="65" />
        <source>it is a vector layer ({suffix}), not a raster</source>
        <translation>c'est une couche vecteur ({suffix}), pas un raster</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="71" />
        <source>it looks like a text file</source>
        <translation>cela ressemble à un fichier texte</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="73" />
        <source>its format is not recognised</source>
        <translation>son format n'est pas reconnu</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="83" />
        <source>'{path}' is not a raster GDAL can read ({hint}). Select the {role} raster: a GeoTIFF (or another GDAL raster such as ENVI .img) exported by SNAP, ISCE or LiCSAR.</source>
        <translation>« {path} » n'est pas un raster lisible par GDAL ({hint}). Sélectionnez le raster de {role} : un GeoTIFF (ou un autre raster GDAL, comme un .img ENVI) exporté par SNAP, ISCE ou LiCSAR.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="100" />
        <source>The phase raster '{path}' has {count} band(s) but band {band} was requested. Choose a band from 1 to {count}.</source>
        <translation>Le raster de phase « {path} » a {count} bande(s) mais la bande {band} a été demandée. Choisissez une bande de 1 à {count}.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="108" />
        <source>The phase raster '{path}' holds complex values but encoding '{encoding}' was chosen. Choose encoding 'complex' (or 'auto').</source>
        <translation>Le raster de phase « {path} » contient des valeurs complexes mais l'encodage « {encoding} » a été choisi. Choisissez l'encodage « complex » (ou « auto »).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="116" />
        <source>The phase raster '{path}' holds real values, not complex ones. Choose encoding 'phase' for a band in radians, 'real_imag' or 'cos_sin' for two bands.</source>
        <translation>Le raster de phase « {path} » contient des valeurs réelles, non complexes. Choisissez l'encodage « phase » pour une bande en radians, « real_imag » ou « cos_sin » pour deux bandes.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="134" />
        <source>The phase raster '{path}' has {count} band(s), so its phase encoding cannot be guessed. Say which band holds the phase in radians (band=N) or choose the encoding explicitly.</source>
        <translation>Le raster de phase « {path} » a {count} bande(s) : son encodage de phase ne peut donc pas être deviné. Indiquez quelle bande contient la phase en radians (band=N) ou choisissez explicitement l'encodage.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="146" />
        <source>The phase raster '{path}' has {count} band(s) but encoding '{encoding}' needs {needed} bands from band {first}. Choose encoding 'phase' for a single band of phase in radians, or give the file holding both components.</source>
        <translation>Le raster de phase « {path} » a {count} bande(s) mais l'encodage « {encoding} » nécessite {needed} bandes à partir de la bande {first}. Choisissez l'encodage « phase » pour une seule bande de phase en radians, ou fournissez le fichier contenant les deux composantes.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="155" />
        <source>The phase raster '{path}' has {count} band(s) but encoding '{encoding}' reads {needed}. Say which band to start from (band=N), or export only the interferogram bands.</source>
        <translation>Le raster de phase « {path} » a {count} bande(s) mais l'encodage « {encoding} » en lit {needed}. Indiquez la bande de départ (band=N), ou exportez uniquement les bandes de l'interférogramme.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="170" />
        <source>The coherence raster '{path}' has {count} bands. Say which band holds the coherence (coherence_band=N), or export the coherence alone.</source>
        <translation>Le raster de cohérence « {path} » a {count} bandes. Indiquez quelle bande contient la cohérence (coherence_band=N), ou exportez la cohérence seule.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="178" />
        <source>The coherence raster '{path}' has {count} band(s) but band {band} was requested. Choose a band from 1 to {count}.</source>
        <translation>Le raster de cohérence « {path} » a {count} bande(s) mais la bande {band} a été demandée. Choisissez une bande de 1 à {count}.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="194" />
        <source>No valid pixel in {what}: {advice}</source>
        <translation>Aucun pixel valide dans {what} : {advice}</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="215" />
        <source>The phase raster '{path}' is not wrapped phase in radians: its values span [{lo}, {hi}], beyond [-pi, pi].</source>
        <translation>Le raster de phase « {path} » n'est pas une phase enroulée en radians : ses valeurs couvrent [{lo}, {hi}], au-delà de [-pi, pi].</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="222" />
        <source>They look like DEGREES (within [-180, 180] or [0, 360]). Convert them to radians (Raster Calculator: "phase" * pi() / 180) or re-export the phase in radians.</source>
        <translation>Elles ressemblent à des DEGRÉS (dans [-180, 180] ou [0, 360]). Convertissez-les en radians (Calculatrice Raster : "phase" * pi() / 180) ou réexportez la phase en radians.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="229" />
        <source>They look like UNWRAPPED phase (a range of {span} rad, about {fringes} fringes). The detector needs the wrapped interferogram: select the wrapped phase (SNAP 'Phase_ifg' before unwrapping, ISCE filt_topophase.flat, LiCSAR *.geo.diff_pha.tif) or wrap it with atan2(sin(phase), cos(phase)).</source>
        <translation>Elles ressemblent à une phase DÉROULÉE (une étendue de {span} rad, soit environ {fringes} franges). Le détecteur a besoin de l'interférogramme enroulé : sélectionnez la phase enroulée (« Phase_ifg » de SNAP avant déroulement, filt_topophase.flat d'ISCE, *.geo.diff_pha.tif de LiCSAR) ou enroulez-la avec atan2(sin(phase), cos(phase)).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="245" />
        <source>The coherence raster '{path}' has values in [{lo}, {hi}], outside [0, 1].</source>
        <translation>Le raster de cohérence « {path} » a des valeurs dans [{lo}, {hi}], hors de [0, 1].</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="249" />
        <source>Coherence cannot be negative: check that this is the coherence band, not the phase or an intensity.</source>
        <translation>Une cohérence ne peut pas être négative : vérifiez qu'il s'agit bien de la bande de cohérence, et non de la phase ou d'une intensité.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="255" />
        <source>Values slightly above 1 come from resampling: clip the coherence to [0, 1].</source>
        <translation>Des valeurs légèrement supérieures à 1 proviennent d'un rééchantillonnage : écrêtez la cohérence à [0, 1].</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="259" />
        <source>It looks like a coherence in PERCENT (0-100): divide it by 100 (Raster Calculator: "coherence" / 100).</source>
        <translation>Cela ressemble à une cohérence en POURCENTAGE (0-100) : divisez-la par 100 (Calculatrice Raster : "coherence" / 100).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="265" />
        <source>It looks like a coherence SCALED TO 0-255 (8-bit): divide it by 255 (Raster Calculator: "coherence" / 255).</source>
        <translation>Cela ressemble à une cohérence MISE À L'ÉCHELLE 0-255 (8 bits) : divisez-la par 255 (Calculatrice Raster : "coherence" / 255).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="271" />
        <source>This is not a coherence: check that you selected the coherence raster, not an amplitude.</source>
        <translation>Ce n'est pas une cohérence : vérifiez que vous avez sélectionné le raster de cohérence, et non une amplitude.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="287" />
        <source>The coherence raster '{coherence}' ({coherence_grid}, bounds {coherence_bounds}) does not overlap the phase raster '{phase}' ({phase_grid}, bounds {phase_bounds}). Select the coherence of the same interferogram (same date pair, same area).</source>
        <translation>Le raster de cohérence « {coherence} » ({coherence_grid}, emprise {coherence_bounds}) ne recouvre pas le raster de phase « {phase} » ({phase_grid}, emprise {phase_bounds}). Sélectionnez la cohérence du même interférogramme (même couple de dates, même zone).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="305" />
        <source>The phase raster '{phase}' and the coherence raster '{coherence}' cannot be aligned: one has no CRS (radar geometry), so both must have the same size, but the phase is {phase_width} x {phase_height} px and the coherence {coherence_width} x {coherence_height} px. Export both from the same processing step (same multilook), or terrain-correct both.</source>
        <translation>Le raster de phase « {phase} » et le raster de cohérence « {coherence} » ne peuvent pas être alignés : l'un n'a pas de SCR (géométrie radar), les deux doivent donc avoir la même taille, mais la phase fait {phase_width} x {phase_height} px et la cohérence {coherence_width} x {coherence_height} px. Exportez-les depuis la même étape de traitement (même multilook), ou géocodez-les tous les deux (correction de terrain).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/card.py" line="95" />
        <source>Invalid model card for '{architecture}': {problems}. Fix the card (or re-save the model) and try again.</source>
        <translation>Fiche de modèle invalide pour « {architecture} » : {problems}. Corrigez la fiche (ou réenregistrez le modèle) puis réessayez.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/card.py" line="117" />
        <source>The model card is not valid JSON ({error}).</source>
        <translation>La fiche du modèle n'est pas un JSON valide ({error}).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/card.py" line="125" />
        <source>The model card must be a JSON object, got {type}.</source>
        <translation>La fiche du modèle doit être un objet JSON, reçu : {type}.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/card.py" line="134" />
        <source>The model card has format version {version}, newer than this plugin's ({supported}): update isslide_qgis to use this model.</source>
        <translation>La fiche du modèle est au format version {version}, plus récent que celui de cette extension ({supported}) : mettez à jour isslide_qgis pour utiliser ce modèle.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/card.py" line="140" />
        <source>missing field(s): {fields}</source>
        <translation>champ(s) manquant(s) : {fields}</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/card.py" line="141" />
        <source>unknown field(s): {fields}</source>
        <translation>champ(s) inconnu(s) : {fields}</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/card.py" line="144" />
        <source>Invalid model card: {problems}. Valid fields: {fields}.</source>
        <translation>Fiche de modèle invalide : {problems}. Champs valides : {fields}.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/card.py" line="174" />
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/card.py" line="175" />
        <source>'{field}' must be {expected}, got {value}</source>
        <translation>« {field} » doit être de type {expected}, valeur reçue : {value}</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/card.py" line="182" />
        <source>task '{task}' is not one of {valid}</source>
        <translation>task « {task} » ne fait pas partie de : {valid}</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/card.py" line="185" />
        <source>thresholds lacks '{key}' (a {task} card needs {needed})</source>
        <translation>il manque « {key} » dans thresholds (une fiche de {task} nécessite {needed})</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/card.py" line="190" />
        <source>threshold '{key}' must be a probability in [0, 1], got {value}</source>
        <translation>le seuil « {key} » doit être une probabilité dans [0, 1], valeur reçue : {value}</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/card.py" line="198" />
        <source>input_convention '{convention}' is not one of {valid}</source>
        <translation>input_convention « {convention} » ne fait pas partie de : {valid}</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/card.py" line="203" />
        <source>in_channels is {in_channels} but convention '{convention}' has {count} channels ({bands})</source>
        <translation>in_channels vaut {in_channels} mais la convention « {convention} » a {count} canaux ({bands})</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/card.py" line="210" />
        <source>band_names has {names} names for {channels} channels</source>
        <translation>band_names contient {names} noms pour {channels} canaux</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/card.py" line="214" />
        <source>patch_size must be positive, got {value}</source>
        <translation>patch_size doit être positif, valeur reçue : {value}</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/card.py" line="222" />
        <source>normalisation kind {kind} is not one of {valid}</source>
        <translation>le type de normalisation {kind} ne fait pas partie de : {valid}</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/card.py" line="230" />
        <source>normalisation '{key}' must list {count} numbers, got {values}</source>
        <translation>normalisation « {key} » doit lister {count} nombres, valeurs reçues : {values}</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/card.py" line="234" />
        <source>normalisation 'std' must be positive, got {values}</source>
        <translation>normalisation « std » doit être positive, valeurs reçues : {values}</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/card.py" line="243" />
        <source>weights_dtype '{dtype}' is not one of {valid}</source>
        <translation>weights_dtype « {dtype} » ne fait pas partie de : {valid}</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/card.py" line="248" />
        <source>created '{created}' is not an ISO date (YYYY-MM-DD)</source>
        <translation>created « {created} » n'est pas une date ISO (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/card.py" line="251" />
        <source>architecture is empty</source>
        <translation>architecture est vide</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/card.py" line="253" />
        <source>format_version must be &gt;= 1, got {value}</source>
        <translation>format_version doit être &gt;= 1, valeur reçue : {value}</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/card.py" line="275" />
        <source>Model '{model}' expects input channels [{expected}] (convention '{model_convention}') but the input was prepared as [{given}] (convention '{convention}'). Prepare the interferogram with convention '{model_convention}', or choose a model trained on '{convention}'.</source>
        <translation>Le modèle « {model} » attend les canaux d'entrée [{expected}] (convention « {model_convention} ») mais l'entrée a été préparée en [{given}] (convention « {convention} »). Préparez l'interférogramme avec la convention « {model_convention} », ou choisissez un modèle entraîné sur « {convention} ».</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/card.py" line="284" />
        <source>Model '{model}' expects {channels} input channels [{expected}] but the input has {count}. Check the phase and coherence rasters given.</source>
        <translation>Le modèle « {model} » attend {channels} canaux d'entrée [{expected}] mais l'entrée en a {count}. Vérifiez les rasters de phase et de cohérence fournis.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/checkpoint.py" line="55" />
        <source>model given for card '{architecture}'</source>
        <translation>le modèle fourni pour la fiche « {architecture} »</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/checkpoint.py" line="75" />
        <source>It looks like bare weights without a model card: a ResNet file can be used as a pretrained backbone for training instead.</source>
        <translation>Il semble s'agir de poids seuls, sans fiche de modèle : un fichier ResNet peut en revanche servir de backbone pré-entraîné pour un entraînement.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/checkpoint.py" line="81" />
        <source>{name} is not a valid isslide checkpoint (no '{format}' header).</source>
        <translation>{name} n'est pas un point de contrôle isslide valide (pas d'en-tête « {format} »).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/checkpoint.py" line="86" />
        <source>{name} has checkpoint format version {version}; this plugin reads up to {supported}: update isslide_qgis.</source>
        <translation>{name} est au format de point de contrôle version {version} ; cette extension lit jusqu'à la version {supported} : mettez à jour isslide_qgis.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/checkpoint.py" line="94" />
        <source>{name} is a damaged isslide checkpoint (card or weights missing): save the model again.</source>
        <translation>{name} est un point de contrôle isslide endommagé (fiche ou poids manquants) : enregistrez à nouveau le modèle.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/onnx_metadata.py" line="90" />
        <source>{name}: {error}</source>
        <translation>{name} : {error}</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/checkpoint.py" line="142" />
        <source>architecture '{architecture}'</source>
        <translation>l'architecture « {architecture} »</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/checkpoint.py" line="154" />
        <source>{name}: the model card names an unknown architecture. {error} The file may come from a newer isslide_qgis: update the plugin.</source>
        <translation>{name} : la fiche du modèle désigne une architecture inconnue. {error} Le fichier provient peut-être d'une version plus récente d'isslide_qgis : mettez à jour l'extension.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/checkpoint.py" line="161" />
        <source>{name}: the card says {field} '{value}' but architecture '{architecture}' has '{expected}'.</source>
        <translation>{name} : la fiche indique {field} « {value} » mais l'architecture « {architecture} » a « {expected} ».</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/checkpoint.py" line="170" />
        <source>{name}: the card's arguments {arguments} cannot build '{architecture}' ({error}).</source>
        <translation>{name} : les arguments de la fiche {arguments} ne permettent pas de construire « {architecture} » ({error}).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/checkpoint.py" line="175" />
        <source>{name}: the card says {channels} input channels but its arguments build a network taking {built}.</source>
        <translation>{name} : la fiche indique {channels} canaux d'entrée mais ses arguments construisent un réseau qui en prend {built}.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/pretrained.py" line="229" />
        <source>missing keys</source>
        <translation>clés manquantes</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/pretrained.py" line="229" />
        <source>unexpected keys</source>
        <translation>clés inattendues</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/checkpoint.py" line="190" />
        <source>wrong shapes</source>
        <translation>formes incorrectes</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/checkpoint.py" line="194" />
        <source>{name}: the weights do not match the {what} ({problems}). The card and the weights disagree: save the model again with the card of the architecture it was built with.</source>
        <translation>{name} : les poids ne sont pas compatibles avec {what} ({problems}). La fiche et les poids ne concordent pas : enregistrez à nouveau le modèle avec la fiche de l'architecture avec laquelle il a été construit.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/pretrained.py" line="45" />
        <source>First-convolution rule 'keep' needs {needed} input channels as the pretrained weights, the model has {channels}: use rule 'mean'.</source>
        <translation>La règle de première convolution « keep » nécessite {needed} canaux d'entrée, comme les poids pré-entraînés ; le modèle en a {channels} : utilisez la règle « mean ».</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/pretrained.py" line="67" />
        <source>Unknown first-convolution rule '{rule}'; valid: {valid}.</source>
        <translation>Règle de première convolution inconnue « {rule} » ; règles valides : {valid}.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/pretrained.py" line="83" />
        <source>the given state_dict</source>
        <translation>le state_dict fourni</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/pretrained.py" line="91" />
        <source>{name} holds a {type}, not a ResNet state_dict.</source>
        <translation>{name} contient un objet {type}, et non un state_dict ResNet.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/pretrained.py" line="97" />
        <source>{name} does not hold torchvision-named ResNet weights (no 'conv1.weight' or 'layer1.0.conv1.weight' key).</source>
        <translation>{name} ne contient pas de poids ResNet nommés comme dans torchvision (aucune clé « conv1.weight » ou « layer1.0.conv1.weight »).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/pretrained.py" line="113" />
        <source>base width {width}, {channels} input channels</source>
        <translation>largeur de base {width}, {channels} canaux d'entrée</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/pretrained.py" line="116" />
        <source>ResNet with stages {stages}</source>
        <translation>ResNet à étages {stages}</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/pretrained.py" line="118" />
        <source>batch norm</source>
        <translation>normalisation par lots</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/pretrained.py" line="118" />
        <source>no batch norm</source>
        <translation>sans normalisation par lots</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/pretrained.py" line="120" />
        <source>{kind} ({block} blocks, {shape}, {norm})</source>
        <translation>{kind} (blocs {block}, {shape}, {norm})</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/pretrained.py" line="132" />
        <source>Cannot tell which convolution batch norm '{norm}' follows.</source>
        <translation>Impossible de déterminer quelle convolution précède la normalisation par lots « {norm} ».</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/pretrained.py" line="154" />
        <source>Batch norm '{norm}' has no convolution '{conv}' to fold into.</source>
        <translation>La normalisation par lots « {norm} » n'a pas de convolution « {conv} » dans laquelle être fusionnée.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/pretrained.py" line="172" />
        <source>{model} has no ResNet backbone: pretrained ResNet weights apply to FCN, DeepLabV3 and ECSPLAIN models only.</source>
        <translation>{model} n'a pas de backbone ResNet : les poids ResNet pré-entraînés ne s'appliquent qu'aux modèles FCN, DeepLabV3 et ECSPLAIN.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/pretrained.py" line="199" />
        <source>in_channels={in_channels} but the model's first convolution takes {channels} channels.</source>
        <translation>in_channels={in_channels} mais la première convolution du modèle prend {channels} canaux.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/pretrained.py" line="209" />
        <source>The pretrained weights ({weights}) have no batch norm statistics, which this backbone needs ({backbone}).</source>
        <translation>Les poids pré-entraînés ({weights}) n'ont pas de statistiques de normalisation par lots, dont ce backbone a besoin ({backbone}).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/pretrained.py" line="229" />
        <source>shape mismatches</source>
        <translation>formes incompatibles</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/pretrained.py" line="232" />
        <source>e.g. '{key}' is {file_shape} in the file but {model_shape} in the model.</source>
        <translation>p. ex. « {key} » a la forme {file_shape} dans le fichier mais {model_shape} dans le modèle.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/pretrained.py" line="236" />
        <source>The pretrained weights are a {weights} but the model's backbone is a {backbone}; they do not fit: {details}.{example} Choose a model whose backbone matches the weights file (e.g. a ResNet-18 file for '*_resnet18' models at full width) or train from scratch.</source>
        <translation>Les poids pré-entraînés sont ceux d'un {weights} mais le backbone du modèle est un {backbone} ; ils ne sont pas compatibles : {details}.{example} Choisissez un modèle dont le backbone correspond au fichier de poids (p. ex. un fichier ResNet-18 pour les modèles « *_resnet18 » en pleine largeur) ou entraînez-le depuis zéro.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/registry.py" line="156" />
        <source>Unknown model '{name}'. Valid models: {valid}.</source>
        <translation>Modèle inconnu « {name} ». Modèles valides : {valid}.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/safe_load.py" line="47" />
        <source>File {name} does not exist: check the path, or choose a {kind} file.</source>
        <translation>Le fichier {name} n'existe pas : vérifiez le chemin, ou choisissez un fichier valide ({kind}).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/safe_load.py" line="55" />
        <source>Refused to load {name}: not a safe {kind}. It holds Python objects that would run code when loaded (it calls {callables}); nothing was executed. Only use model files saved by isslide_qgis, from a source you trust.</source>
        <translation>Chargement de {name} refusé : ce n'est pas un {kind} sûr. Il contient des objets Python qui exécuteraient du code au chargement (il appelle {callables}) ; rien n'a été exécuté. N'utilisez que des fichiers de modèle enregistrés par isslide_qgis, provenant d'une source de confiance.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/safe_load.py" line="63" />
        <source>{name} is not a valid {kind}: it cannot be read as a PyTorch file of tensors ({reason}).</source>
        <translation>{name} n'est pas un {kind} valide : il ne peut pas être lu comme un fichier PyTorch de tenseurs ({reason}).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/safe_load.py" line="68" />
        <source>{name} is not a valid {kind}: it cannot be read as a PyTorch file ({reason}).</source>
        <translation>{name} n'est pas un {kind} valide : il ne peut pas être lu comme un fichier PyTorch ({reason}).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/safe_load.py" line="77" />
        <source>isslide checkpoint</source>
        <translation>point de contrôle isslide</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/safe_load.py" line="78" />
        <source>ResNet weights file</source>
        <translation>fichier de poids ResNet</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/safe_load.py" line="105" />
        <source>a Python callable</source>
        <translation>une fonction Python</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/shipped.py" line="34" />
        <source>The checkpoint file '{path}' does not exist: choose an isslide checkpoint (.pt) made by the training algorithms.</source>
        <translation>Le fichier de point de contrôle « {path} » n'existe pas : choisissez un point de contrôle isslide (.pt) produit par les algorithmes d'entraînement.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/shipped.py" line="40" />
        <source>No model chosen: pick a shipped model ({names}) or a checkpoint file.</source>
        <translation>Aucun modèle choisi : prenez un modèle fourni ({names}) ou un fichier de point de contrôle.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/shipped.py" line="44" />
        <source>The model '{name}' is not shipped with this installation; shipped models: {names}. Choose one of them or a checkpoint file.</source>
        <translation>Le modèle « {name} » n'est pas fourni avec cette installation ; modèles fournis : {names}. Choisissez-en un ou un fichier de point de contrôle.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/datasets.py" line="278" />
        <source>Simulating training scenes was cancelled; nothing was kept.</source>
        <translation>La simulation des scènes d'entraînement a été annulée ; rien n'a été conservé.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/datasets.py" line="302" />
        <source>The patch '{path}' has no coherence file; the networks need the coherence. Add its coherence/ folder beside phase/.</source>
        <translation>L'imagette « {path} » n'a pas de fichier de cohérence ; les réseaux ont besoin de la cohérence. Ajoutez son dossier coherence/ à côté de phase/.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/datasets.py" line="306" />
        <source>The patch '{path}' is {got} pixels but the others are {want}; train on patches of one size.</source>
        <translation>L'imagette « {path} » fait {got} pixels mais les autres font {want} ; entraînez sur des imagettes d'une seule taille.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/datasets.py" line="315" />
        <source>No ISSLIDE patch was given to train on.</source>
        <translation>Aucune imagette ISSLIDE n'a été fournie pour l'entraînement.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/finetune.py" line="112" />
        <source>No patch of '{root}' is left to fine-tune on (after the split); add annotated interferograms.</source>
        <translation>Il ne reste aucune imagette de « {root} » pour l'ajustement fin (après la séparation) ; ajoutez des interférogrammes annotés.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/trainer.py" line="97" />
        <source>Training was cancelled; no model file was written.</source>
        <translation>L'entraînement a été annulé ; aucun fichier de modèle n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/patchset.py" line="77" />
        <source>Patches must be stacks (N, H, W) of one size; got phase {p}, coherence {c}, mask {m}. Give patches of the same size.</source>
        <translation>Les imagettes doivent être des piles (N, H, W) d'une seule taille ; reçu phase {p}, cohérence {c}, masque {m}. Donnez des imagettes de même taille.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/patchset.py" line="101" />
        <source>Cannot mix patches of different sizes ({sizes}); use patches of one size.</source>
        <translation>Impossible de mélanger des imagettes de tailles différentes ({sizes}) ; utilisez des imagettes d'une seule taille.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/scenes.py" line="71" />
        <source>Validation was cancelled; no model file was written.</source>
        <translation>La validation a été annulée ; aucun fichier de modèle n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/seeds.py" line="36" />
        <source>The {name} scene seeds {first}..{last} leave the {name} range {lo}..{hi}; seeds from {held} on are kept for held-out evaluation. Choose seeds inside the range.</source>
        <translation>Les graines de scènes {name} {first}..{last} sortent de la plage {name} {lo}..{hi} ; les graines à partir de {held} sont réservées à l'évaluation indépendante. Choisissez des graines dans la plage.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/state.py" line="77" />
        <source>'{path}' is not an isslide training state (to resume training, give a '*.state.pt' file written during training, not a model file).</source>
        <translation>« {path} » n'est pas un état d'entraînement isslide (pour reprendre un entraînement, donnez un fichier « *.state.pt » écrit pendant l'entraînement, pas un fichier de modèle).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/state.py" line="81" />
        <source>'{path}' was written by a newer isslide_qgis (training-state format {version}); update the plugin to resume it.</source>
        <translation>« {path} » a été écrit par une version plus récente d'isslide_qgis (format d'état d'entraînement {version}) ; mettez l'extension à jour pour le reprendre.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/state.py" line="93" />
        <source>'{path}' is a damaged training state ({error}); resume from another one or train again.</source>
        <translation>« {path} » est un état d'entraînement endommagé ({error}) ; reprenez depuis un autre ou entraînez à nouveau.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/trainer.py" line="88" />
        <source>Cannot resume from '{path}': its run used other settings ({names}). Resume with the same settings, or train from scratch.</source>
        <translation>Impossible de reprendre depuis « {path} » : son entraînement utilisait d'autres paramètres ({names}). Reprenez avec les mêmes paramètres, ou entraînez depuis le début.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/trainer.py" line="160" />
        <source>No training patch: give at least one patch.</source>
        <translation>Aucune imagette d'entraînement : donnez au moins une imagette.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/trainer.py" line="184" />
        <source>Training of '{model}' diverged (loss {loss} at epoch {epoch}); lower the learning rate.</source>
        <translation>L'entraînement de « {model} » a divergé (perte {loss} à l'époque {epoch}) ; réduisez le taux d'apprentissage.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/inference/detection.py" line="211" />
        <source>No CRS (radar geometry): the minimum area of {m2:g} m² is taken as {px:.0f} pixels of about 14.64 m (ISSLIDE multilook).</source>
        <translation>Sans SCR (géométrie radar) : la surface minimale de {m2:g} m² est prise comme {px:.0f} pixels d'environ 14,64 m (multivue ISSLIDE).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/config.py" line="109" />
        <source>Invalid training settings for '{model}': {problems}. Fix these values.</source>
        <translation>Paramètres d'entraînement invalides pour « {model} » : {problems}. Corrigez ces valeurs.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/config.py" line="132" />
        <source>Unknown training setting(s) {names}; valid settings: {valid}.</source>
        <translation>Paramètre(s) d'entraînement inconnu(s) {names} ; paramètres valides : {valid}.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/freezing.py" line="50" />
        <source>Unknown freezing depth '{depth}'; valid: {valid}.</source>
        <translation>Profondeur de gel « {depth} » inconnue ; valides : {valid}.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/freezing.py" line="69" />
        <source>Cannot freeze {names}: no such layer in {model}. Give layer names of the network.</source>
        <translation>Impossible de figer {names} : aucune couche de ce nom dans {model}. Donnez des noms de couches du réseau.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/vectorize/attributes.py" line="64" />
        <source>The acquisition date '{value}' is not a date: write it as YYYY-MM-DD (or YYYYMMDD).</source>
        <translation>La date d'acquisition « {value} » n'est pas une date : écrivez-la AAAA-MM-JJ (ou AAAAMMJJ).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/vectorize/geopackage.py" line="68" />
        <source>GDAL's Python bindings (osgeo) are needed to write GeoPackages; install python3-gdal (the GDAL that QGIS uses).</source>
        <translation>Les liaisons Python de GDAL (osgeo) sont nécessaires pour écrire des GeoPackages ; installez python3-gdal (le GDAL utilisé par QGIS).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/vectorize/geopackage.py" line="80" />
        <source>Cannot write the GeoPackage '{path}': {error}. Check that the folder is writable, has free space, and that the file is not open in another program.</source>
        <translation>Impossible d'écrire le GeoPackage « {path} » : {error}. Vérifiez que le dossier est accessible en écriture, qu'il reste de la place et que le fichier n'est pas ouvert dans un autre programme.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/vectorize/inputs.py" line="45" />
        <source>The probability raster '{path}' does not exist. Run the detection first, or select the probability GeoTIFF it wrote.</source>
        <translation>Le raster de probabilité « {path} » n'existe pas. Lancez d'abord la détection, ou choisissez le GeoTIFF de probabilité qu'elle a écrit.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/vectorize/inputs.py" line="54" />
        <source>'{path}' is not a raster GDAL can read. Select the probability GeoTIFF written by the detection.</source>
        <translation>« {path} » n'est pas un raster lisible par GDAL. Choisissez le GeoTIFF de probabilité écrit par la détection.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/vectorize/inputs.py" line="60" />
        <source>The probability raster '{path}' has {count} band(s); band {band} does not exist. Select band 1 (the probability).</source>
        <translation>Le raster de probabilité « {path} » a {count} bande(s) ; la bande {band} n'existe pas. Choisissez la bande 1 (la probabilité).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/vectorize/inputs.py" line="95" />
        <source>The probability raster '{path}' ({grid}) is not on the interferogram's grid ({reader_grid}): vectorise a probability raster computed from this interferogram.</source>
        <translation>Le raster de probabilité « {path} » ({grid}) n'est pas sur la grille de l'interférogramme ({reader_grid}) : vectorisez un raster de probabilité calculé à partir de cet interférogramme.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/vectorize/moving_areas.py" line="91" />
        <source>The probability threshold {value} is not a number: give a value between 0 and 1 (e.g. 0.5).</source>
        <translation>Le seuil de probabilité {value} n'est pas un nombre : donnez une valeur entre 0 et 1 (p. ex. 0,5).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/vectorize/moving_areas.py" line="96" />
        <source>The minimum area {value} is negative: give 0 to keep every area, or a positive area.</source>
        <translation>La surface minimale {value} est négative : donnez 0 pour garder toutes les zones, ou une surface positive.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/vectorize/moving_areas.py" line="101" />
        <source>The simplification tolerance {value} px is negative: give 0 (no simplification) or a positive number of pixels.</source>
        <translation>La tolérance de simplification de {value} px est négative : donnez 0 (pas de simplification) ou un nombre positif de pixels.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/vectorize/moving_areas.py" line="108" />
        <source>Vectorisation cancelled: the moving-area layer '{path}' was not written.</source>
        <translation>Vectorisation annulée : la couche des zones en mouvement « {path} » n'a pas été écrite.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/vectorize/moving_areas.py" line="232" />
        <source>no ground area: the raster has no CRS (radar geometry) or a CRS of unknown unit, so area_m2 is empty, areas are counted in pixels (area_px) and the minimum area was read as {value} pixels</source>
        <translation>pas de surface au sol : le raster n'a pas de SCR (géométrie radar) ou un SCR d'unité inconnue, donc area_m2 est vide, les surfaces sont comptées en pixels (area_px) et la surface minimale a été lue comme {value} pixels</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/vectorize/moving_areas.py" line="247" />
        <source>Moving areas detected by isslide_qgis (model {model}, threshold {threshold})</source>
        <translation>Zones en mouvement détectées par isslide_qgis (modèle {model}, seuil {threshold})</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/vectorize/patch_grid.py" line="60" />
        <source>Detection score of each patch (model {model})</source>
        <translation>Score de détection de chaque imagette (modèle {model})</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/vectorize/styles.py" line="66" />
        <source>The style file '{path}' cannot be read ({error}); the plugin installation is incomplete: reinstall isslide_qgis.</source>
        <translation>Le fichier de style « {path} » est illisible ({error}) ; l'installation de l'extension est incomplète : réinstallez isslide_qgis.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/vectorize/styles.py" line="97" />
        <source>no layer named '{layer}'</source>
        <translation>aucune couche nommée « {layer} »</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/vectorize/styles.py" line="155" />
        <source>isslide_qgis default style</source>
        <translation>style par défaut d'isslide_qgis</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/from_scratch.py" line="67" />
        <source>Nothing to train on: give an ISSLIDE-layout dataset folder with annotated patches, or a number of simulated scenes.</source>
        <translation>Rien à entraîner : donnez un dossier de jeu de données au format ISSLIDE avec des imagettes annotées, ou un nombre de scènes simulées.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/cam/layers.py" line="109" />
        <source>The model '{name}' has no default layers for class activation maps; give the layers to explain by name (for example backbone.layer4).</source>
        <translation>Le modèle « {name} » n'a pas de couches par défaut pour les cartes d'activation de classe ; donnez par leur nom les couches à expliquer (par exemple backbone.layer4).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/review/export.py" line="55" />
        <source>No area of '{path}' is accepted or added yet: accept the detections that are real movements (or draw the missing ones) before fine-tuning.</source>
        <translation>Aucune zone de '{path}' n'est encore acceptée ou ajoutée : acceptez les détections qui sont de vrais mouvements (ou dessinez celles qui manquent) avant l'affinage.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/review/staging.py" line="72" />
        <source>Cannot write '{path}': {error}. Check that the folder exists, is writable and has free space.</source>
        <translation>Impossible d'écrire '{path}' : {error}. Vérifiez que le dossier existe, est accessible en écriture et dispose d'espace libre.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/review/store.py" line="78" />
        <source>Reviewed moving areas (isslide_qgis)</source>
        <translation>Zones en mouvement revues (isslide_qgis)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/review/store.py" line="175" />
        <source>'{path}' is not an ISSLIDE corrections file (no '{layer}' layer): choose a GeoPackage written by the review dock, or run a detection to create one.</source>
        <translation>'{path}' n'est pas un fichier de corrections ISSLIDE (pas de couche '{layer}') : choisissez un GeoPackage écrit par le panneau de revue, ou lancez une détection pour en créer un.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/stack/pairs.py" line="130" />
        <source>These interferograms do not exist: {files}. Check the paths (or give the folder holding them).</source>
        <translation>Ces interférogrammes n'existent pas : {files}. Vérifiez les chemins (ou donnez le dossier qui les contient).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/stack/pairs.py" line="152" />
        <source>The dates of {files} cannot be read from their names (recognised names: {examples}). Give a pairs table (CSV with columns interferogram, coherence, date_first, date_second).</source>
        <translation>Les dates de {files} ne peuvent pas être lues dans leur nom (noms reconnus : {examples}). Donnez une table des paires (CSV avec les colonnes interferogram, coherence, date_first, date_second).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/stack/pairs.py" line="160" />
        <source>No interferogram found in {inputs}: recognised names are {examples}; other names need a pairs table.</source>
        <translation>Aucun interférogramme trouvé dans {inputs} : les noms reconnus sont {examples} ; les autres noms demandent une table des paires.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/stack/pairs_table.py" line="41" />
        <source>Pairs table '{table}', line {line}: '{value}' in column {column} is not a date; write YYYY-MM-DD or YYYYMMDD.</source>
        <translation>Table des paires « {table} », ligne {line} : « {value} » dans la colonne {column} n'est pas une date ; écrivez AAAA-MM-JJ ou AAAAMMJJ.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/stack/pairs_table.py" line="51" />
        <source>Pairs table '{table}', line {line}: the file '{path}' does not exist. Paths are absolute or relative to the table's folder.</source>
        <translation>Table des paires « {table} », ligne {line} : le fichier « {path} » n'existe pas. Les chemins sont absolus ou relatifs au dossier de la table.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/stack/pairs_table.py" line="64" />
        <source>Pairs table '{table}', line {line}: give date_second (or baseline_days).</source>
        <translation>Table des paires « {table} », ligne {line} : donnez date_second (ou baseline_days).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/stack/pairs_table.py" line="68" />
        <source>Pairs table '{table}', line {line}: date_second must come after date_first.</source>
        <translation>Table des paires « {table} », ligne {line} : date_second doit venir après date_first.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/stack/pairs_table.py" line="84" />
        <source>Cannot read the pairs table '{table}': {error}.</source>
        <translation>Impossible de lire la table des paires « {table} » : {error}.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/stack/pairs_table.py" line="92" />
        <source>The pairs table '{table}' has no column {columns}; its first line must name the columns interferogram, coherence, date_first, date_second.</source>
        <translation>La table des paires « {table} » n'a pas de colonne {columns} ; sa première ligne doit nommer les colonnes interferogram, coherence, date_first, date_second.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/model_report.py" line="73" />
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/model_report.py" line="74" />
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/model_report.py" line="75" />
        <source>Input channels</source>
        <translation>Canaux d'entrée</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/model_report.py" line="76" />
        <source>Patch size</source>
        <translation>Taille des imagettes</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/model_report.py" line="77" />
        <source>Thresholds</source>
        <translation>Seuils</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/model_report.py" line="78" />
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/model_report.py" line="79" />
        <source>Training seed</source>
        <translation>Graine d'entraînement</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/model_report.py" line="85" />
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/model_report.py" line="86" />
        <source>Patches</source>
        <translation>Imagettes</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/model_report.py" line="87" />
        <source>Patches with movement</source>
        <translation>Imagettes avec mouvement</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/model_report.py" line="98" />
        <source>Model card</source>
        <translation>Fiche du modèle</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/model_report.py" line="100" />
        <source>Other measures</source>
        <translation>Autres mesures</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/model_report.py" line="119" />
        <source> (test part of zone {zone})</source>
        <translation> (partie test de la zone {zone})</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/model_report.py" line="121" />
        <source>The dataset '{root}' has no patch to evaluate (test zone: {zone}). Check the folder and the zone name.</source>
        <translation>Le jeu de données « {root} » n'a aucune imagette à évaluer (zone de test : {zone}). Vérifiez le dossier et le nom de la zone.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/model_report.py" line="146" />
        <source>Evaluation of {model}</source>
        <translation>Évaluation de {model}</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/model_report.py" line="180" />
        <source>Evaluated data</source>
        <translation>Données évaluées</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/model_report.py" line="168" />
        <source>{epochs} epochs in {seconds:.0f} s on {patches} patches; checkpoint {path}.</source>
        <translation>{epochs} époques en {seconds:.0f} s sur {patches} imagettes ; fichier {path}.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/model_report.py" line="173" />
        <source>No validation patches: the thresholds are those of the base model or 0.5, and no curve is shown.</source>
        <translation>Aucune imagette de validation : les seuils sont ceux du modèle de départ ou 0,5, et aucune courbe n'est montrée.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/model_report.py" line="175" />
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/model_report.py" line="177" />
        <source>Training of {model}</source>
        <translation>Entraînement de {model}</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/model_report.py" line="180" />
        <source>validation patches</source>
        <translation>imagettes de validation</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/patch_curves.py" line="57" />
        <source>Evaluation was cancelled.</source>
        <translation>L'évaluation a été annulée.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/cam/raster.py" line="119" />
        <source>Unknown CAM {kind} '{name}'; choose one of: {valid}.</source>
        <translation>{kind} de CAM inconnu(e) « {name} » ; choisissez parmi : {valid}.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/cam/raster.py" line="128" />
        <source>The CAM target is 'polygons' but no polygon was given: give the areas to explain, or choose the target 'prediction'.</source>
        <translation>La cible de la CAM est « polygons » mais aucun polygone n'a été donné : donnez les zones à expliquer, ou choisissez la cible « prediction ».</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/cam/raster.py" line="132" />
        <source>The polygons are not used: the CAM target is '{target}'. Choose the target 'polygons' to explain them.</source>
        <translation>Les polygones ne sont pas utilisés : la cible de la CAM est « {target} ». Choisissez la cible « polygons » pour les expliquer.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/cam/raster.py" line="140" />
        <source>Score-CAM: {passes} masked forward passes per explained tile ({calls} calls of up to {batch} images), keeping {fraction:.0%} of each layer's channels.</source>
        <translation>Score-CAM : {passes} passes avant masquées par tuile expliquée ({calls} appels d'au plus {batch} images), en gardant {fraction:.0%} des canaux de chaque couche.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/cam/raster.py" line="191" />
        <source>The class activation map was cancelled; no output was written.</source>
        <translation>La carte d'activation de classe a été annulée ; aucune sortie n'a été écrite.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/stack/consistency_io.py" line="49" />
        <source>Cannot open the moving areas '{path}': the pair's outputs are damaged; delete its folder and run the stack again.</source>
        <translation>Impossible d'ouvrir les zones en mouvement « {path} » : les sorties de la paire sont endommagées ; supprimez son dossier et relancez la pile.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/stack/consistency_io.py" line="146" />
        <source>Cancelled: no output was written.</source>
        <translation>Annulé : aucune sortie n'a été écrite.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/stack/consistency_io.py" line="153" />
        <source>The pair {name} is not on the CRS of the other pairs ({crs}); reproject the stack's interferograms to one CRS first.</source>
        <translation>La paire {name} n'est pas dans le SCR des autres paires ({crs}) ; reprojetez d'abord les interférogrammes de la pile dans un même SCR.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/stack/distributed.py" line="33" />
        <source>Running on a Dask scheduler needs the Python package dask.distributed, which is not installed: install it where this Python finds it (pip install "dask[distributed]"), or leave the scheduler empty to run on this machine.</source>
        <translation>Le calcul sur un ordonnanceur Dask demande le paquet Python dask.distributed, qui n'est pas installé : installez-le là où ce Python le trouve (pip install "dask[distributed]"), ou laissez l'ordonnanceur vide pour calculer sur cette machine.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/stack/distributed.py" line="47" />
        <source>Cannot reach the Dask scheduler at '{address}': {error}. Check the address (such as tcp://host:8786) and that the scheduler is running.</source>
        <translation>Impossible de joindre l'ordonnanceur Dask à « {address} » : {error}. Vérifiez l'adresse (par exemple tcp://hote:8786) et que l'ordonnanceur tourne.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/stack/distributed.py" line="75" />
        <source>Cancelled: the pairs not finished were cancelled on the Dask cluster.</source>
        <translation>Annulé : les paires non terminées ont été annulées sur la grappe Dask.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/stack/distributed.py" line="86" />
        <source>Dask task failed: {error}</source>
        <translation>La tâche Dask a échoué : {error}</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/stack/runner.py" line="157" />
        <source>Cancelled after {done} of {total} pairs. The finished pairs are kept in '{folder}': run again with the same settings to do only the others.</source>
        <translation>Annulé après {done} paires sur {total}. Les paires terminées sont conservées dans « {folder} » : relancez avec les mêmes réglages pour ne traiter que les autres.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/stack/runner.py" line="171" />
        <source>Pair {name} failed: {error}</source>
        <translation>La paire {name} a échoué : {error}</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/stack/runner.py" line="174" />
        <source>Every pair failed, so there is no temporal-consistency product. First error: {error}</source>
        <translation>Toutes les paires ont échoué : pas de produit de cohérence temporelle. Première erreur : {error}</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/review/store.py" line="149" />
        <source>'{path}' has no layer '{layer}': choose a file written by ISSLIDE's detection or review dock.</source>
        <translation>'{path}' n'a pas de couche '{layer}' : choisissez un fichier écrit par la détection ISSLIDE ou par le panneau de revue.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/output_paths.py" line="24" />
        <source>The output '{path}' is a folder, not a file. Give a file name for this output (e.g. {example}), or leave it empty for a temporary file.</source>
        <translation>La sortie « {path} » est un dossier, pas un fichier. Donnez un nom de fichier pour cette sortie (par ex. {example}), ou laissez-la vide pour un fichier temporaire.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/coherence_alignment.py" line="62" />
        <source>{product} convention: coherence stored as {dtype} scaled 0-{scale:g}, divided by {scale:g}</source>
        <translation>convention {product} : cohérence stockée en {dtype} sur 0-{scale:g}, divisée par {scale:g}</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/products/__init__.py" line="124" />
        <source>coherence found beside the interferogram: '{path}'</source>
        <translation>cohérence trouvée à côté de l'interférogramme : « {path} »</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/products/__init__.py" line="137" />
        <source>'{path}' is a {product} line-of-sight displacement in metres, not an interferogram. Select the wrapped phase of the same pair (the file ending in _wrapped_phase.tif).</source>
        <translation>« {path} » est un déplacement en ligne de visée {product} en mètres, pas un interférogramme. Choisissez la phase enroulée de la même paire (le fichier se terminant par _wrapped_phase.tif).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/products/__init__.py" line="147" />
        <source>{product} product recognised from the name '{name}'</source>
        <translation>produit {product} reconnu d'après le nom « {name} »</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/products/__init__.py" line="150" />
        <source>dates {first} - {second} ({days} days)</source>
        <translation>dates {first} - {second} ({days} jours)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/products/__init__.py" line="154" />
        <source>0 read as nodata</source>
        <translation>0 lu comme absence de données</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/products/__init__.py" line="155" />
        <source>positive phase means motion towards the satellite</source>
        <translation>une phase positive signifie un mouvement vers le satellite</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/products/__init__.py" line="155" />
        <source>positive phase means motion away from the satellite</source>
        <translation>une phase positive signifie un mouvement qui s'éloigne du satellite</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/products/__init__.py" line="158" />
        <source> (uncertain)</source>
        <translation> (incertain)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/reading.py" line="206" />
        <source>exact zeros read as nodata (the file declares none): where phase and coherence are both 0, or, without coherence, zero regions of at least a tile</source>
        <translation>zéros exacts lus comme absence de données (le fichier n'en déclare pas) : là où phase et cohérence valent toutes deux 0, ou, sans cohérence, les régions de zéros d'au moins une tuile</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/reading.py" line="227" />
        <source>unwrapped phase of a {product} product re-wrapped to [-pi, pi]</source>
        <translation>phase déroulée d'un produit {product} ré-enroulée sur [-pi, pi]</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/coverage_scores.py" line="100" />
        <source>The pixel areas have shape {given}; give one number, one per row ({rows}) or one per pixel {shape}.</source>
        <translation>Les surfaces de pixel ont la forme {given} ; donnez un nombre, un par ligne ({rows}) ou un par pixel {shape}.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/coverage_scores.py" line="105" />
        <source>Pixel areas must be positive numbers of square metres.</source>
        <translation>Les surfaces de pixel doivent être des nombres positifs de mètres carrés.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/coverage_scores.py" line="120" />
        <source>The minimum area must be 0 or more square metres, got {value}.</source>
        <translation>La surface minimale doit être de 0 mètre carré ou plus ; reçu {value}.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/simulation/families.py" line="80" />
        <source>Unknown scene density '{d}'; use one of: {names}.</source>
        <translation>Densité de scène '{d}' inconnue ; utilisez l'une de : {names}.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/simulation/families.py" line="136" />
        <source>Unknown simulator family '{name}'; valid families: {names}.</source>
        <translation>Famille de simulateur '{name}' inconnue ; familles valides : {names}.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/simulation/families.py" line="150" />
        <source>Unknown simulator family role '{role}'; use one of: {names}.</source>
        <translation>Rôle de famille de simulateur '{role}' inconnu ; utilisez l'un de : {names}.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/checkpoint.py" line="120" />
        <source>'{path}': the new card changes {fields}, which the weights fix; save the model again instead.</source>
        <translation>« {path} » : la nouvelle fiche modifie {fields}, que fixent les poids ; enregistrez plutôt le modèle à nouveau.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/dependencies.py" line="124" />
        <source>The ONNX Runtime backend needs onnxruntime ({version}), which the Python used by QGIS cannot import ({reason}).</source>
        <translation>Le moteur ONNX Runtime a besoin d'onnxruntime ({version}), que le Python utilisé par QGIS ne peut pas importer ({reason}).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/inference/backends/__init__.py" line="82" />
        <source>Unknown inference backend '{name}'; choose one of: {names}.</source>
        <translation>Moteur d'inférence « {name} » inconnu ; choisissez parmi : {names}.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/inference/backends/onnxruntime_backend.py" line="33" />
        <source>Device '{device}' cannot be used: ONNX Runtime here has no CUDA support. Choose 'cpu' or 'auto', or the backend 'torch'.</source>
        <translation>Le périphérique « {device} » ne peut pas être utilisé : ONNX Runtime n'a pas de prise en charge CUDA ici. Choisissez « cpu » ou « auto », ou le moteur « torch ».</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/inference/backends/onnxruntime_backend.py" line="50" />
        <source>ONNX Runtime cannot load '{path}' ({error}): export the checkpoint again with isslide:exportonnx.</source>
        <translation>ONNX Runtime ne peut pas charger « {path} » ({error}) : exportez de nouveau le fichier de points de contrôle avec isslide:exportonnx.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/inference/backends/onnxruntime_backend.py" line="95" />
        <source>'{path}' holds a '{task}' model; the ONNX backend runs segmenters only: choose the backend 'torch'.</source>
        <translation>« {path} » contient un modèle de tâche « {task} » ; le moteur ONNX n'exécute que les segmenteurs : choisissez le moteur « torch ».</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/inference/backends/onnxruntime_backend.py" line="113" />
        <source>The ONNX segmenter '{name}' returned an output of shape {shape} for tiles of shape {tiles}; it must return one probability per pixel (N, 1, H, W).</source>
        <translation>Le segmenteur ONNX « {name} » a renvoyé une sortie de forme {shape} pour des tuiles de forme {tiles} ; il doit renvoyer une probabilité par pixel (N, 1, H, W).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/inference/backends/onnxruntime_backend.py" line="132" />
        <source>'{onnx}' was exported from another version of this checkpoint</source>
        <translation>« {onnx} » a été exporté d'une autre version de ce fichier de points de contrôle</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/inference/backends/onnxruntime_backend.py" line="132" />
        <source>there is no '{onnx}' beside it</source>
        <translation>il n'y a pas de « {onnx} » à côté</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/inference/backends/onnxruntime_backend.py" line="135" />
        <source>The checkpoint '{path}' cannot run on ONNX Runtime: {reason}. Export it with 'Export a segmenter to ONNX' (isslide:exportonnx) to '{onnx}', or choose the backend 'torch' (ECSPLAIN always runs on torch).</source>
        <translation>Le fichier de points de contrôle « {path} » ne peut pas tourner avec ONNX Runtime : {reason}. Exportez-le avec « Exporter un segmenteur en ONNX » (isslide:exportonnx) vers « {onnx} », ou choisissez le moteur « torch » (ECSPLAIN tourne toujours avec torch).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/inference/backends/torch_backend.py" line="20" />
        <source>'{path}' is an ONNX model: it runs on ONNX Runtime only. Choose the backend 'auto' or 'onnxruntime', or give the isslide checkpoint (.pt).</source>
        <translation>« {path} » est un modèle ONNX : il ne tourne qu'avec ONNX Runtime. Choisissez le moteur « auto » ou « onnxruntime », ou donnez le fichier de points de contrôle isslide (.pt).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/onnx_export.py" line="162" />
        <source>'{name}' is a classifier (ECSPLAIN): its map multiplies the detection score by a class activation map, which needs gradients, so it cannot be exported to ONNX and runs on PyTorch only. Choose a segmenter (FCN, DeepLabV3, UNet, ResUNet, SepUNet).</source>
        <translation>« {name} » est un classifieur (ECSPLAIN) : sa carte multiplie le score de détection par une carte d'activation de classe, qui a besoin de gradients ; il ne peut donc pas être exporté en ONNX et ne tourne qu'avec PyTorch. Choisissez un segmenteur (FCN, DeepLabV3, UNet, ResUNet, SepUNet).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/onnx_export.py" line="193" />
        <source>The ONNX export of '{name}' differs from PyTorch by {diff:.2g} on the sample scene (tolerance {tolerance:g}); no file was written. The network may use an operation ONNX does not reproduce: run it with PyTorch.</source>
        <translation>L'export ONNX de « {name} » diffère de PyTorch de {diff:.2g} sur la scène d'exemple (tolérance {tolerance:g}) ; aucun fichier n'a été écrit. Le réseau utilise peut-être une opération qu'ONNX ne reproduit pas : exécutez-le avec PyTorch.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/onnx_metadata.py" line="82" />
        <source>{name} is an ONNX model without an isslide model card: export the checkpoint with the algorithm 'Export a segmenter to ONNX' (isslide:exportonnx).</source>
        <translation>{name} est un modèle ONNX sans fiche de modèle isslide : exportez le fichier de points de contrôle avec l'algorithme « Exporter un segmenteur en ONNX » (isslide:exportonnx).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/cli/install.py" line="46" />
        <source>The wheels folder {folder} does not exist.</source>
        <translation>Le dossier de wheels {folder} n'existe pas.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/cli/install.py" line="54" />
        <source>Everything is already installed in {folder}: nothing to do.</source>
        <translation>Tout est déjà installé dans {folder} : rien à faire.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/cli/install.py" line="61" />
        <source>Installed into {folder}; set {target} as the plugin's extra Python packages folder and restart QGIS.</source>
        <translation>Installé dans {folder} ; indiquez {target} comme dossier de paquets Python supplémentaires de l'extension et redémarrez QGIS.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/diagnostics.py" line="70" />
        <source>Operating system: {os}</source>
        <translation>Système d'exploitation : {os}</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/diagnostics.py" line="71" />
        <source>Plugin version: {version}</source>
        <translation>Version de l'extension : {version}</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/diagnostics.py" line="73" />
        <source>Extra packages folder: {folder}</source>
        <translation>Dossier de paquets supplémentaires : {folder}</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/diagnostics.py" line="77" />
        <source>Active installation: {folder} ({profile})</source>
        <translation>Installation active : {folder} ({profile})</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/diagnostics.py" line="82" />
        <source>Devices: {devices}</source>
        <translation>Processeurs : {devices}</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/diagnostics.py" line="84" />
        <source>Last install log: {log}</source>
        <translation>Dernier journal d'installation : {log}</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/installer.py" line="69" />
        <source>Not enough free disk space for the installation in {target}: {free} MB free, about {needed} MB needed. Free some space or choose another folder.</source>
        <translation>Espace disque insuffisant pour l'installation dans {target} : {free} Mo libres, environ {needed} Mo nécessaires. Libérez de l'espace ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/installer.py" line="100" />
        <source>pip failed (exit status {status}); the previous installation was kept. Log: {log}
{tail}</source>
        <translation>pip a échoué (code de sortie {status}) ; l'installation précédente est conservée. Journal : {log}
{tail}</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/interpreter.py" line="151" />
        <source>Cannot find the Python interpreter of QGIS (looked for: {paths}). Give it explicitly with --python PATH.</source>
        <translation>Impossible de trouver l'interpréteur Python de QGIS (chemins essayés : {paths}). Indiquez-le avec --python CHEMIN.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/pip.py" line="119" />
        <source>Installation cancelled; the previous packages folder is unchanged.</source>
        <translation>Installation annulée ; le dossier de paquets précédent est inchangé.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/plan.py" line="72" />
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/plan.py" line="74" />
        <source>Installation plan ({profile})</source>
        <translation>Plan d'installation ({profile})</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/plan.py" line="75" />
        <source>  Python of QGIS: {python}</source>
        <translation>  Python de QGIS : {python}</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/plan.py" line="76" />
        <source>  Target folder: {target} (a new versioned folder inside it)</source>
        <translation>  Dossier cible : {target} (un nouveau dossier versionné à l'intérieur)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/plan.py" line="78" />
        <source>  Packages: {packages}</source>
        <translation>  Paquets : {packages}</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/plan.py" line="82" />
        <source>  PyTorch build: the one in the wheels folder (torch {version})</source>
        <translation>  Version de PyTorch : celle du dossier de wheels (torch {version})</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/plan.py" line="86" />
        <source>  PyTorch build: {flavour} (NVIDIA driver: {driver})</source>
        <translation>  Version de PyTorch : {flavour} (pilote NVIDIA : {driver})</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/plan.py" line="90" />
        <source>  Already provided by QGIS: {names}</source>
        <translation>  Déjà fournis par QGIS : {names}</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/plan.py" line="92" />
        <source>  numpy: QGIS' own ({version}); none is kept in the folder</source>
        <translation>  numpy : celui de QGIS ({version}) ; aucun n'est gardé dans le dossier</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/plan.py" line="94" />
        <source>  numpy: QGIS has none; pip installs one (&lt; 2)</source>
        <translation>  numpy : QGIS n'en a pas ; pip en installe un (&lt; 2)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/plan.py" line="95" />
        <source>  Source: {source}</source>
        <translation>  Source : {source}</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/plan.py" line="97" />
        <source>  Download: about {size} MB</source>
        <translation>  Téléchargement : environ {size} Mo</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/plan.py" line="100" />
        <source>  pip command: {command}</source>
        <translation>  Commande pip : {command}</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/plan.py" line="134" />
        <source>The Python of QGIS ({python}) has no pip. Install it first (Debian/Ubuntu: sudo apt install python3-pip; Windows: the OSGeo4W installer, package python3-pip), then try again.</source>
        <translation>Le Python de QGIS ({python}) n'a pas pip. Installez-le d'abord (Debian/Ubuntu : sudo apt install python3-pip ; Windows : l'installateur OSGeo4W, paquet python3-pip), puis réessayez.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/profiles.py" line="93" />
        <source>Unknown installation profile '{name}'; choose one of: {names}.</source>
        <translation>Profil d'installation inconnu « {name} » ; choisissez parmi : {names}.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/verify.py" line="63" />
        <source>Cannot run the Python of QGIS ({python}): {error}</source>
        <translation>Impossible d'exécuter le Python de QGIS ({python}) : {error}</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/verify.py" line="68" />
        <source>The Python of QGIS ({python}) failed to start: {error}</source>
        <translation>Le Python de QGIS ({python}) n'a pas pu démarrer : {error}</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/verify.py" line="105" />
        <source>The new packages do not work with the Python of QGIS ({python}): {problems}. The previous installation was kept.</source>
        <translation>Les nouveaux paquets ne fonctionnent pas avec le Python de QGIS ({python}) : {problems}. L'installation précédente est conservée.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/product_import.py" line="97" />
        <source>phase sign reversed to this plugin's convention (positive phase is motion towards the satellite)</source>
        <translation>signe de la phase inversé selon la convention de cette extension (phase positive : mouvement vers le satellite)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/product_import.py" line="101" />
        <source>no coherence found with '{path}': the coherence output is not written</source>
        <translation>aucune cohérence trouvée avec '{path}' : la sortie de cohérence n'est pas écrite</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/products/__init__.py" line="82" />
        <source>'{path}' does not exist. Check the path (was it moved or renamed?).</source>
        <translation>'{path}' n'existe pas. Vérifiez le chemin (a-t-il été déplacé ou renommé ?).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/products/__init__.py" line="90" />
        <source>The folder '{path}' holds {count} interferograms ({names}). Give one of the files, or process the whole folder with the stack algorithm (isslide:processstack).</source>
        <translation>Le dossier '{path}' contient {count} interférogrammes ({names}). Donnez l'un des fichiers, ou traitez tout le dossier avec l'algorithme de pile (isslide:processstack).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/products/__init__.py" line="95" />
        <source>'{path}' is not a product this plugin recognises. Recognised interferograms: {examples}. For another GeoTIFF, use it directly as the INTERFEROGRAM of detection.</source>
        <translation>'{path}' n'est pas un produit que cette extension reconnaît. Interférogrammes reconnus : {examples}. Pour un autre GeoTIFF, utilisez-le directement comme INTERFEROGRAM de la détection.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/products/gamma.py" line="85" />
        <source>none found</source>
        <translation>aucun trouvé</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/products/gamma.py" line="87" />
        <source>The size of the GAMMA file '{path}' ({size} bytes) is not known: GAMMA writes it in the parameter files beside the binary ({stem}.off: interferogram_width; {stem}.diff_par: range_samp_1; a DEM_par such as EQA.dem_par for geocoded files), and none fits (parameter files read: {tried}). Copy the .off or .diff_par of this pair (or the DEM_par of the geocoding) beside it.</source>
        <translation>La taille du fichier GAMMA '{path}' ({size} octets) est inconnue : GAMMA l'écrit dans les fichiers de paramètres à côté du binaire ({stem}.off : interferogram_width ; {stem}.diff_par : range_samp_1 ; un DEM_par comme EQA.dem_par pour les fichiers géocodés), et aucun ne correspond (fichiers de paramètres lus : {tried}). Copiez à côté de lui le .off ou le .diff_par de ce couple (ou le DEM_par du géocodage).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/reading.py" line="306" />
        <source>The phase raster '{path}' cannot be read: the file is damaged or truncated, or a file it refers to is missing (GDAL: {error}). Copy or download it again, or re-export it from your InSAR processor.</source>
        <translation>Le raster de phase '{path}' ne peut pas être lu : le fichier est endommagé ou tronqué, ou un fichier auquel il renvoie manque (GDAL : {error}). Copiez-le ou téléchargez-le de nouveau, ou exportez-le à nouveau depuis votre logiciel InSAR.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="55" />
        <source>it is a VRT header whose data cannot be opened: {error}; put the file it names back beside it, or select the data file itself</source>
        <translation>c'est un en-tête VRT dont les données ne peuvent pas être ouvertes : {error} ; remettez à côté de lui le fichier qu'il nomme, ou sélectionnez le fichier de données lui-même</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="124" />
        <source>'{path}' is an RGB image ({count} bands of 8-bit values), not an interferogram: a picture of the phase has lost its values. Select the wrapped-phase raster your InSAR processor exported (float radians or complex).</source>
        <translation>'{path}' est une image RVB ({count} bandes de valeurs sur 8 bits), pas un interférogramme : une image de la phase a perdu ses valeurs. Sélectionnez le raster de phase enroulée exporté par votre logiciel InSAR (radians en flottant ou complexe).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/output_paths.py" line="63" />
        <source>The output '{path}' is also an input of this run: writing it would destroy the data being read. Choose another file name for the output.</source>
        <translation>La sortie '{path}' est aussi une entrée de ce traitement : l'écrire détruirait les données en cours de lecture. Choisissez un autre nom de fichier pour la sortie.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/output_paths.py" line="71" />
        <source>Writing '{path}' failed ({error}). Check that the disk has free space and that the folder is writable, then run again; no partial file was left.</source>
        <translation>L'écriture de '{path}' a échoué ({error}). Vérifiez qu'il reste de la place sur le disque et que le dossier est accessible en écriture, puis relancez ; aucun fichier partiel n'a été laissé.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/dependencies.py" line="39" />
        <source>Plugins ▸ ISSLIDE ▸ Install dependencies…</source>
        <translation>Extensions ▸ ISSLIDE ▸ Installer les dépendances…</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/dependencies.py" line="45" />
        <source>In one click: {menu}, choose '{profile}', then restart QGIS.</source>
        <translation>En un clic : {menu}, choisissez « {profile} », puis redémarrez QGIS.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/dependencies.py" line="62" />
        <source>{who} needs PyTorch (torch {version}), which the Python used by QGIS cannot import ({reason}).</source>
        <translation>{who} a besoin de PyTorch (torch {version}), que le Python utilisé par QGIS ne peut pas importer ({reason}).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/dependencies.py" line="63" />
        <source>This algorithm</source>
        <translation>Cet algorithme</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/dependencies.py" line="142" />
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/dependencies.py" line="68" />
        <source>Or by hand: install the CPU build of torch into a packages folder, then restart QGIS:</source>
        <translation>Ou à la main : installez la version CPU de torch dans un dossier de paquets, puis redémarrez QGIS :</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/dependencies.py" line="124" />
        <source>Detection only</source>
        <translation>Détection seule</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/dependencies.py" line="124" />
        <source>Or install it by hand into the plugin's extra packages folder, then restart QGIS, or choose the backend 'torch':</source>
        <translation>Ou installez-le à la main dans le dossier de paquets supplémentaires de l'extension, puis redémarrez QGIS, ou choisissez le moteur « torch » :</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/dependencies.py" line="142" />
        <source>Exporting to ONNX needs the onnx package ({version}), which the Python used by QGIS cannot import ({reason}).</source>
        <translation>L'export ONNX a besoin du paquet onnx ({version}), que le Python utilisé par QGIS ne peut pas importer ({reason}).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/dependencies.py" line="142" />
        <source>Or install it by hand into the plugin's extra packages folder, then restart QGIS:</source>
        <translation>Ou installez-le à la main dans le dossier de paquets supplémentaires de l'extension, puis redémarrez QGIS :</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/plan.py" line="98" />
        <source>  Proxy: {proxy}</source>
        <translation>  Proxy : {proxy}</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/check_installation.py" line="21" />
        <source>Training, explanations, ECSPLAIN and the torch backend</source>
        <translation>L'entraînement, les explications, ECSPLAIN et le moteur torch</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/kinematics/area_source.py" line="89" />
        <source>kinematics: the processor of the interferogram is not recognised, so positive phase is taken as motion towards the satellite (ISSLIDE convention); check the sign of disp_los_cm</source>
        <translation>cinématique : le logiciel de traitement de l'interférogramme n'est pas reconnu, une phase positive est donc prise comme un mouvement vers le satellite (convention ISSLIDE) ; vérifiez le signe de disp_los_cm</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/kinematics/area_source.py" line="96" />
        <source>kinematics: the phase sign of {product} products is uncertain ({source}); the sign of disp_los_cm may be reversed, speeds are not affected</source>
        <translation>cinématique : le signe de la phase des produits {product} est incertain ({source}) ; le signe de disp_los_cm peut être inversé, les vitesses n'en dépendent pas</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/kinematics/area_source.py" line="109" />
        <source>kinematics: the pair's dates are unknown, so velocities are empty (give BASELINE_DAYS)</source>
        <translation>cinématique : les dates de la paire sont inconnues, les vitesses sont donc vides (donnez BASELINE_DAYS)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/kinematics/unwrapping.py" line="30" />
        <source>scikit-image is needed to unwrap the phase of the moving areas (kinematics): install python3-skimage (Debian) or run Plugins &gt; ISSLIDE &gt; Install dependencies... ({error}). The areas are written without kinematics.</source>
        <translation>scikit-image est nécessaire pour dérouler la phase des zones en mouvement (cinématique) : installez python3-skimage (Debian) ou lancez Extensions &gt; ISSLIDE &gt; Installer les dépendances... ({error}). Les zones sont écrites sans cinématique.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/stack/consistency_io.py" line="183" />
        <source>velocity class</source>
        <translation>classe de vitesse</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/stack/consistency_io.py" line="183" />
        <source>isslide_qgis style by velocity class (cm/yr, LOS)</source>
        <translation>style isslide_qgis par classe de vitesse (cm/an, LOS)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/vectorize/inputs.py" line="130" />
        <source>The interferogram '{path}' ({reader_grid}) is not on the grid of the probability raster '{probability}' ({grid}): give the interferogram the probability was computed from.</source>
        <translation>L'interférogramme '{path}' ({reader_grid}) n'est pas sur la grille du raster de probabilité '{probability}' ({grid}) : donnez l'interférogramme à partir duquel la probabilité a été calculée.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/vectorize/geopackage.py" line="262" />
        <source>Cannot read the vector file '{path}': {error}. Check that it exists and is a GeoPackage.</source>
        <translation>Impossible de lire le fichier vecteur « {path} » : {error}. Vérifiez qu'il existe et que c'est un GeoPackage.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/cam/views.py" line="59" />
        <source>A class activation map can be averaged over {valid} views of each tile, not {count}.</source>
        <translation>Une carte d'activation de classe peut être moyennée sur {valid} vues de chaque tuile, pas sur {count}.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/inference/predictors.py" line="114" />
        <source>The model card of '{name}' sets its training entry '{key}' to '{choice}', which this version of the plugin does not know (known: {known}). Update the plugin, or use a model trained with this version.</source>
        <translation>La fiche du modèle « {name} » donne à son entrée d'entraînement « {key} » la valeur « {choice} », que cette version de l'extension ne connaît pas (connues : {known}). Mettez l'extension à jour, ou utilisez un modèle entraîné avec cette version.</translation>
    </message>
</context>
<context>
    <name>IsslideDock</name>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="61" />
        <source>ISSLIDE detection and review</source>
        <translation>ISSLIDE : détection et revue</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="178" />
        <source>PyTorch found: detection and training are available.</source>
        <translation>PyTorch trouvé : la détection et l'entraînement sont disponibles.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="80" />
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="87" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="119" />
        <source>Run detection</source>
        <translation>Lancer la détection</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="119" />
        <source>Detect moving areas in the background and start a review</source>
        <translation>Détecter les zones en mouvement en arrière-plan et commencer une revue</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="122" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="122" />
        <source>Stop the running task; nothing is added</source>
        <translation>Arrêter la tâche en cours ; rien n'est ajouté</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="124" />
        <source>Open review</source>
        <translation>Ouvrir la revue</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="124" />
        <source>Continue the review saved in the corrections file</source>
        <translation>Poursuivre la revue enregistrée dans le fichier de corrections</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="134" />
        <source>Detection</source>
        <translation>Détection</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="150" />
        <source>Opacity of the probability and CAM layers</source>
        <translation>Opacité des couches de probabilité et de CAM</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="152" />
        <source>Opacity</source>
        <translation>Opacité</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="153" />
        <source>Show the CAM layer</source>
        <translation>Afficher la couche CAM</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="157" />
        <source>Display</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="167" />
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="168" />
        <source>Fine-tune on my corrections</source>
        <translation>Affiner sur mes corrections</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="168" />
        <source>Accepted and added areas become training annotations; the fine-tuned model is then offered in the model list</source>
        <translation>Les zones acceptées et ajoutées deviennent des annotations d'entraînement ; le modèle affiné est ensuite proposé dans la liste des modèles</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="173" />
        <source>Fine-tuning</source>
        <translation>Affinage</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="188" />
        <source>ISSLIDE</source>
        <translation>ISSLIDE</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="234" />
        <source>'{path}' already exists: press 'Open review' to continue its review, or choose a new corrections file.</source>
        <translation>'{path}' existe déjà : cliquez sur « Ouvrir la revue » pour poursuivre sa revue, ou choisissez un nouveau fichier de corrections.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="239" />
        <source>Detecting moving areas with {model}…</source>
        <translation>Détection des zones en mouvement avec {model}…</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="251" />
        <source>{count} moving areas found: review them below.</source>
        <translation>{count} zones en mouvement trouvées : revoyez-les ci-dessous.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="261" />
        <source>Cancelled: nothing was added to the project.</source>
        <translation>Annulé : rien n'a été ajouté au projet.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="269" />
        <source>Open a review first.</source>
        <translation>Ouvrez d'abord une revue.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="274" />
        <source>Fine-tuning {model} on the accepted and added areas…</source>
        <translation>Affinage de {model} sur les zones acceptées et ajoutées…</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="283" />
        <source>Fine-tuned on {count} areas: the model '{name}' is selected; run the detection again to use it.</source>
        <translation>Affiné sur {count} zones : le modèle '{name}' est sélectionné ; relancez la détection pour l'utiliser.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="295" />
        <source>Choose the corrections file to open.</source>
        <translation>Choisissez le fichier de corrections à ouvrir.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="325" />
        <source>Review of '{name}' open.</source>
        <translation>Revue de '{name}' ouverte.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="84" />
        <source>Diagnostics copied to the clipboard: paste them into your bug report.</source>
        <translation>Diagnostic copié dans le presse-papiers : collez-le dans votre rapport de bogue.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="179" />
        <source>PyTorch {version} was not found: training, explanations and ECSPLAIN need it (the other models detect with ONNX Runtime). Install it with {menu}.</source>
        <translation>PyTorch {version} est introuvable : l'entraînement, les explications et ECSPLAIN en ont besoin (les autres modèles détectent avec ONNX Runtime). Installez-le avec {menu}.</translation>
    </message>
</context>
<context>
    <name>IsslideGroups</name>
    <message>
        <location filename="../isslide_qgis/processing/groups.py" line="10" />
        <source>Data preparation</source>
        <translation>Préparation des données</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/groups.py" line="11" />
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/groups.py" line="12" />
        <source>Detection</source>
        <translation>Détection</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/groups.py" line="13" />
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/groups.py" line="14" />
        <source>Workflows</source>
        <translation>Chaînes de traitement</translation>
    </message>
</context>
<context>
    <name>IsslideInputs</name>
    <message>
        <location filename="../isslide_qgis/processing/inputs.py" line="56" />
        <source>Interferogram (wrapped phase or complex)</source>
        <translation>Interférogramme (phase enroulée ou complexe)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/inputs.py" line="58" />
        <source>Coherence [0, 1]</source>
        <translation>Cohérence [0, 1]</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/inputs.py" line="60" />
        <source>Interferogram encoding</source>
        <translation>Codage de l'interférogramme</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/inputs.py" line="85" />
        <source>Shipped model</source>
        <translation>Modèle fourni</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/inputs.py" line="89" />
        <source>Checkpoint file (overrides the shipped model)</source>
        <translation>Fichier de points de contrôle (remplace le modèle fourni)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/inputs.py" line="92" />
        <source>Device (auto: CUDA when available)</source>
        <translation>Processeur de calcul (auto : CUDA si disponible)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/inputs.py" line="210" />
        <source>{layer}: this raster is not a file (provider {provider}); save it as a GeoTIFF first (right-click &gt; Export &gt; Save As...).</source>
        <translation>{layer} : ce raster n'est pas un fichier (fournisseur {provider}) ; enregistrez-le d'abord en GeoTIFF (clic droit &gt; Exporter &gt; Enregistrer sous...).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/inputs.py" line="261" />
        <source>Cancelled: no output was written.</source>
        <translation>Annulé : aucune sortie n'a été écrite.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/inputs.py" line="89" />
        <source>Models (*.pt *.onnx)</source>
        <translation>Modèles (*.pt *.onnx)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/inputs.py" line="108" />
        <source>Inference backend (auto: ONNX Runtime when the model has an ONNX file, else PyTorch)</source>
        <translation>Moteur d'inférence (auto : ONNX Runtime si le modèle a un fichier ONNX, sinon PyTorch)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/inputs.py" line="163" />
        <source>BACKEND is 'torch'; with 'auto' or 'onnxruntime' the segmenters run on ONNX Runtime, without PyTorch.</source>
        <translation>BACKEND vaut « torch » ; avec « auto » ou « onnxruntime », les segmenteurs s'exécutent sur ONNX Runtime, sans PyTorch.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/inputs.py" line="166" />
        <source>The model {model} has no ONNX file (ECSPLAIN never has one: its maps need gradients). The shipped segmenters, e.g. {segmenter}, detect without PyTorch, on ONNX Runtime: choose one as the model.</source>
        <translation>Le modèle {model} n'a pas de fichier ONNX (ECSPLAIN n'en a jamais : ses cartes ont besoin des gradients). Les segmenteurs fournis, par exemple {segmenter}, détectent sans PyTorch, sur ONNX Runtime : choisissez-en un comme modèle.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/inputs.py" line="171" />
        <source>This model also runs on ONNX Runtime, without PyTorch, but ONNX Runtime is not installed either: the same dialog installs it ('Detection only').</source>
        <translation>Ce modèle s'exécute aussi sur ONNX Runtime, sans PyTorch, mais ONNX Runtime n'est pas installé non plus : la même boîte de dialogue l'installe (« Détection seule »).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/inputs.py" line="179" />
        <source>Temporal baseline for velocities (days; empty: from the dates in the name)</source>
        <translation>Écart temporel pour les vitesses (jours ; vide : d'après les dates du nom)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/inputs.py" line="118" />
        <source>ECSPLAIN: views of each tile averaged (empty: the model's, 8 for the shipped one; 1: about six times faster)</source>
        <translation>ECSPLAIN : vues de chaque tuile moyennées (vide : celles du modèle, 8 pour celui livré ; 1 : environ six fois plus rapide)</translation>
    </message>
</context>
<context>
    <name>IsslidePlugin</name>
    <message>
        <location filename="../isslide_qgis/plugin.py" line="36" />
        <source>&amp;ISSLIDE</source>
        <translation>&amp;ISSLIDE</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/plugin.py" line="50" />
        <source>ISSLIDE detection and review</source>
        <translation>ISSLIDE : détection et revue</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/plugin.py" line="54" />
        <source>Show or hide the ISSLIDE detection and review panel</source>
        <translation>Afficher ou masquer le panneau ISSLIDE de détection et de revue</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/plugin.py" line="61" />
        <source>Install dependencies…</source>
        <translation>Installer les dépendances…</translation>
    </message>
</context>
<context>
    <name>IsslideProvider</name>
    <message>
        <location filename="../isslide_qgis/processing/provider.py" line="86" />
        <source>ISSLIDE: slow ground movements on InSAR interferograms</source>
        <translation>ISSLIDE : mouvements lents du sol sur interférogrammes InSAR</translation>
    </message>
</context>
<context>
    <name>IsslideResults</name>
    <message>
        <location filename="../isslide_qgis/gui/results.py" line="97" />
        <source>Corrections</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/results.py" line="100" />
        <source>The corrections layer of '{path}' cannot be opened: is the file a GeoPackage written by the review dock?</source>
        <translation>La couche de corrections de '{path}' ne peut pas être ouverte : le fichier est-il un GeoPackage écrit par le panneau de revue ?</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/results.py" line="103" />
        <source>Class activation map ({method})</source>
        <translation>Carte d'activation de classe ({method})</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/results.py" line="106" />
        <source>Probability of movement</source>
        <translation>Probabilité de mouvement</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/results.py" line="113" />
        <source>ISSLIDE review: {name} ({model})</source>
        <translation>Revue ISSLIDE : {name} ({model})</translation>
    </message>
</context>
<context>
    <name>IsslideReview</name>
    <message>
        <location filename="../isslide_qgis/core/review/vocabulary.py" line="25" />
        <source>Unreviewed</source>
        <translation>Non revue</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/review/vocabulary.py" line="26" />
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/review/vocabulary.py" line="27" />
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/review/vocabulary.py" line="28" />
        <source>Uncertain</source>
        <translation>Incertaine</translation>
    </message>
</context>
<context>
    <name>IsslideTask</name>
    <message>
        <location filename="../isslide_qgis/gui/run_task.py" line="58" />
        <source>{task} failed unexpectedly: {error}. This is a bug of the ISSLIDE plugin; the details are in the QGIS message log (tab ISSLIDE). Please report them.</source>
        <translation>{task} a échoué de manière inattendue : {error}. C'est un bogue de l'extension ISSLIDE ; les détails sont dans le journal des messages de QGIS (onglet ISSLIDE). Merci de les signaler.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/run_task.py" line="80" />
        <source>Cancelled: nothing was written.</source>
        <translation>Annulé : rien n'a été écrit.</translation>
    </message>
</context>
<context>
    <name>IsslideTraining</name>
    <message>
        <location filename="../isslide_qgis/processing/training_outputs.py" line="22" />
        <source>isslide checkpoint (*.pt)</source>
        <translation>point de contrôle isslide (*.pt)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/training_outputs.py" line="25" />
        <source>Training report (optional)</source>
        <translation>Rapport d'entraînement (facultatif)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/training_outputs.py" line="25" />
        <source>HTML files (*.html)</source>
        <translation>Fichiers HTML (*.html)</translation>
    </message>
</context>
<context>
    <name>IsslideWorkflows</name>
    <message>
        <location filename="../isslide_qgis/processing/provider.py" line="22" />
        <source>Detect, explain and vectorise</source>
        <translation>Détecter, expliquer et vectoriser</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/provider.py" line="22" />
        <source>A graphical model of the whole ISSLIDE chain on one interferogram: prepare the network's input channels, detect moving areas (probability of movement), explain the detection with a class activation map, then vectorise the probability into moving-area polygons at the detection's threshold (the model's own, from its card, unless you give one). Open it in the graphical modeler to adapt it, and save your copy under another name. From the command line, its outputs are named prepare:CHANNELS, detect:PROBABILITY, cam:CAM and vectorize:AREAS.</source>
        <translation>Un modèle graphique de toute la chaîne ISSLIDE sur un interférogramme : préparer les canaux d'entrée du réseau, détecter les zones en mouvement (probabilité de mouvement), expliquer la détection par une carte d'activation de classe, puis vectoriser la probabilité en polygones de zones en mouvement au seuil de la détection (celui de la fiche du modèle, sauf si vous en donnez un). Ouvrez-le dans le modeleur graphique pour l'adapter, et enregistrez votre copie sous un autre nom. En ligne de commande, ses sorties s'appellent prepare:CHANNELS, detect:PROBABILITY, cam:CAM et vectorize:AREAS.</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <location filename="../isslide_qgis/gui/model_combo.py" line="27" />
        <source>Shipped models first, then the checkpoint files you added or fine-tuned</source>
        <translation>Les modèles fournis d'abord, puis les points de contrôle que vous avez ajoutés ou affinés</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/model_combo.py" line="32" />
        <source>Add a checkpoint file (.pt) made by the training algorithms</source>
        <translation>Ajouter un point de contrôle (.pt) produit par les algorithmes d'entraînement</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/model_combo.py" line="49" />
        <source>{name} (file)</source>
        <translation>{name} (fichier)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/model_combo.py" line="84" />
        <source>Choose a checkpoint</source>
        <translation>Choisir un point de contrôle</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/model_combo.py" line="84" />
        <source>isslide checkpoint (*.pt)</source>
        <translation>point de contrôle isslide (*.pt)</translation>
    </message>
</context>
<context>
    <name>PrepareChannels</name>
    <message>
        <location filename="../isslide_qgis/processing/prepare_channels.py" line="33" />
        <source>Prepare input channels</source>
        <translation>Préparer les canaux d'entrée</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/prepare_channels.py" line="37" />
        <source>Turns a wrapped interferogram and its coherence into the input channels of the networks, written as a float GeoTIFF on the interferogram's grid.
Conventions: coh_cos_sin = [coherence, cos(phase), sin(phase)] (the 2023 segmenters FCN, DeepLabV3, UNet, ResUNet, SepUNet); cohcos_cohsin = [coherence*cos(phase), coherence*sin(phase)] (ECSPLAIN).
The interferogram may be a phase in radians (one band), a complex band, two bands real/imaginary, or two bands cos/sin; the encoding is detected unless you choose it. Pixels whose coherence is below the threshold, and nodata pixels (swath borders, masked areas), are nodata in every channel. A coherence raster on another grid is resampled onto the interferogram's grid. A raster without CRS is treated as radar geometry: the output keeps its pixel grid.</source>
        <translation>Transforme un interférogramme enroulé et sa cohérence en canaux d'entrée des réseaux, écrits en GeoTIFF flottant sur la grille de l'interférogramme.
Conventions : coh_cos_sin = [cohérence, cos(phase), sin(phase)] (les segmenteurs de 2023 FCN, DeepLabV3, UNet, ResUNet, SepUNet) ; cohcos_cohsin = [cohérence*cos(phase), cohérence*sin(phase)] (ECSPLAIN).
L'interférogramme peut être une phase en radians (une bande), une bande complexe, deux bandes réelle/imaginaire ou deux bandes cos/sin ; le codage est détecté sauf si vous le choisissez. Les pixels de cohérence inférieure au seuil et les pixels sans donnée (bords de fauchée, zones masquées) sont sans donnée dans tous les canaux. Une cohérence sur une autre grille est rééchantillonnée sur la grille de l'interférogramme. Un raster sans SCR est traité en géométrie radar : la sortie garde sa grille de pixels.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/prepare_channels.py" line="52" />
        <source>Input convention</source>
        <translation>Convention d'entrée</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/prepare_channels.py" line="55" />
        <source>Coherence threshold (below: nodata)</source>
        <translation>Seuil de cohérence (en dessous : sans donnée)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/prepare_channels.py" line="58" />
        <source>Input channels</source>
        <translation>Canaux d'entrée</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/prepare_channels.py" line="66" />
        <source>The convention {name} needs a coherence raster.</source>
        <translation>La convention {name} nécessite un raster de cohérence.</translation>
    </message>
</context>
<context>
    <name>ProcessStack</name>
    <message>
        <location filename="../isslide_qgis/processing/process_stack.py" line="52" />
        <source>Process a stack of interferograms</source>
        <translation>Traiter une pile d'interférogrammes</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/process_stack.py" line="93" />
        <source>Interferograms (files, or a folder to scan)</source>
        <translation>Interférogrammes (fichiers, ou un dossier à parcourir)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/process_stack.py" line="96" />
        <source>Pairs table (CSV; when names do not tell the dates)</source>
        <translation>Table des paires (CSV ; quand les noms ne donnent pas les dates)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/process_stack.py" line="102" />
        <source>Threshold (empty: the model's)</source>
        <translation>Seuil (vide : celui du modèle)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/process_stack.py" line="104" />
        <source>Minimum area (m², pixels without CRS)</source>
        <translation>Surface minimale (m², pixels sans SCR)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/process_stack.py" line="106" />
        <source>Dask scheduler address (empty: run here)</source>
        <translation>Adresse de l'ordonnanceur Dask (vide : calcul ici)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/process_stack.py" line="109" />
        <source>Coherence threshold (tiles below are skipped)</source>
        <translation>Seuil de cohérence (les tuiles en dessous sont ignorées)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/process_stack.py" line="112" />
        <source>Share of an area with valid data for a pair to cover it</source>
        <translation>Part d'une zone avec des données valides pour qu'une paire la couvre</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/process_stack.py" line="114" />
        <source>Tile overlap (pixels; empty: half a tile)</source>
        <translation>Chevauchement des tuiles (pixels ; vide : une demi-tuile)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/process_stack.py" line="116" />
        <source>Tiles per batch</source>
        <translation>Tuiles par lot</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/process_stack.py" line="118" />
        <source>CPU threads per pair (empty: all here, 1 per Dask task)</source>
        <translation>Threads CPU par paire (vide : tous ici, 1 par tâche Dask)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/process_stack.py" line="125" />
        <source>Output folder (per-pair outputs; reuse it to resume)</source>
        <translation>Dossier de sortie (sorties par paire ; le réutiliser pour reprendre)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/process_stack.py" line="127" />
        <source>Temporal consistency</source>
        <translation>Cohérence temporelle</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/process_stack.py" line="129" />
        <source>Pairs processed</source>
        <translation>Paires traitées</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/process_stack.py" line="129" />
        <source>Pairs already done (skipped)</source>
        <translation>Paires déjà faites (sautées)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/process_stack.py" line="129" />
        <source>Pairs failed</source>
        <translation>Paires en échec</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/process_stack.py" line="129" />
        <source>Merged areas</source>
        <translation>Zones fusionnées</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/process_stack.py" line="138" />
        <source>Give the interferograms (files or a folder) or a pairs table.</source>
        <translation>Donnez les interférogrammes (fichiers ou dossier) ou une table des paires.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/process_stack.py" line="167" />
        <source>Pair {name} failed: {error}</source>
        <translation>La paire {name} a échoué : {error}</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/process_stack.py" line="170" />
        <source>Pair {name}: {status}, {areas} areas</source>
        <translation>Paire {name} : {status}, {areas} zones</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/process_stack.py" line="174" />
        <source>{count} merged areas over {pairs} pairs</source>
        <translation>{count} zones fusionnées sur {pairs} paires</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/process_stack.py" line="56" />
        <source>Runs moving-area detection on every interferogram of a stack (an archive of 6, 12 and 18-day pairs) and tells which areas persist across pairs.
Interferograms: files, or a folder scanned with its sub-folders. Dates and coherence are read from the names of SNAP (Phase_ifg_IW2_VV_01Jan2020_13Jan2020.tif + coh_...), LiCSAR (20200101_20200113.geo.diff_pha.tif + .geo.cc.tif) and ISSLIDE (20200101_20200113/phase.tif + coherence.tif); other names need a pairs table, a CSV with columns interferogram, coherence, date_first, date_second.
Each pair's probability raster and moving areas go to &lt;output folder&gt;/&lt;pair&gt;/; a done-marker is written when both are complete. Running again with the same output folder skips the pairs already done (with the same inputs, model and settings) and redoes interrupted ones; a pair that fails is reported and the others go on (stack_manifest.json lists each pair's state and error).
Temporal consistency: the areas of all pairs are merged where they overlap; each merged area tells in how many pairs and at which baselines it was detected, how many pairs cover it with valid data, its persistence (detected / covering pairs) and a consistency-weighted score: the highest, over the baselines b, of the median maximum probability of the covering pairs at least b days long. Movement grows with the baseline and persists; one date's atmosphere shows in few pairs.
Kinematics: each merged area is measured in every pair covering it (LOS displacement of the unwrapped phase against a ring of ground around it). Its velocity class is decided from the pairs where it reaches a quarter fringe and stays coherent without aliasing (kin_from_days to kin_to_days): vel_los_cm_yr is their median velocity (cm/yr, positive towards the satellite), vel_class its class (&lt;1, 1-3, 3-10, 10-30, 30-100, 100-300, &gt;300 cm/yr, or undefined); vel_median_cm_yr and vel_spread_cm_yr are the median and interquartile range of every pair's velocity; kin_reliability drops when few pairs count, when they disagree, or when the median's class differs. A second style, 'velocity class', colours the areas by class (Layer Properties &gt; Style). The class is from the LOS velocity, not projected onto the slope.
Scheduler: the address of a Dask scheduler (e.g. tcp://host:8786) runs each pair as a task on the cluster (dask.distributed needed; the workers must see the files at the same paths and have the plugin and torch); empty: pairs run here, one after the other.</source>
        <translation>Détecte les zones en mouvement sur chaque interférogramme d'une pile (une archive de paires à 6, 12 et 18 jours) et dit quelles zones persistent d'une paire à l'autre.
Interférogrammes : des fichiers, ou un dossier parcouru avec ses sous-dossiers. Les dates et la cohérence sont lues dans les noms de SNAP (Phase_ifg_IW2_VV_01Jan2020_13Jan2020.tif + coh_...), LiCSAR (20200101_20200113.geo.diff_pha.tif + .geo.cc.tif) et ISSLIDE (20200101_20200113/phase.tif + coherence.tif) ; les autres noms demandent une table des paires, un CSV avec les colonnes interferogram, coherence, date_first, date_second.
Le raster de probabilité et les zones en mouvement de chaque paire vont dans &lt;dossier de sortie&gt;/&lt;paire&gt;/ ; un marqueur de fin est écrit quand les deux sont complets. Relancer avec le même dossier de sortie saute les paires déjà faites (avec les mêmes entrées, modèle et réglages) et refait les paires interrompues ; une paire qui échoue est signalée et les autres continuent (stack_manifest.json donne l'état et l'erreur de chaque paire).
Cohérence temporelle : les zones de toutes les paires sont fusionnées là où elles se chevauchent ; chaque zone fusionnée indique dans combien de paires et à quelles bases temporelles elle a été détectée, combien de paires la couvrent avec des données valides, sa persistance (paires qui la détectent / paires qui la couvrent) et un score pondéré par la cohérence : le plus haut, sur les bases temporelles b, de la médiane de la probabilité maximale des paires qui la couvrent et durent au moins b jours. Le mouvement croît avec la base temporelle et persiste ; l'atmosphère d'une date n'apparaît que dans peu de paires.
Cinématique : chaque zone fusionnée est mesurée dans chaque paire qui la couvre (déplacement LOS de la phase déroulée par rapport à un anneau de terrain autour d'elle). Sa classe de vitesse est décidée à partir des paires où elle atteint un quart de frange et reste cohérente sans repliement (kin_from_days à kin_to_days) : vel_los_cm_yr est leur vitesse médiane (cm/an, positive vers le satellite), vel_class sa classe (&lt;1, 1-3, 3-10, 10-30, 30-100, 100-300, &gt;300 cm/an, ou undefined) ; vel_median_cm_yr et vel_spread_cm_yr sont la médiane et l'écart interquartile des vitesses de toutes les paires ; kin_reliability baisse quand peu de paires comptent, quand elles divergent, ou quand la classe de la médiane diffère. Un second style, « velocity class », colore les zones par classe (Propriétés de la couche &gt; Style). La classe vient de la vitesse LOS, non projetée sur la pente.
Ordonnanceur : l'adresse d'un ordonnanceur Dask (par ex. tcp://hote:8786) calcule chaque paire comme une tâche de la grappe (dask.distributed nécessaire ; les workers doivent voir les fichiers aux mêmes chemins et disposer du plugin et de torch) ; vide : les paires sont calculées ici, l'une après l'autre.</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../isslide_qgis/gui/review_panel.py" line="66" />
        <source>No review open: run a detection or open a corrections file.</source>
        <translation>Aucune revue ouverte : lancez une détection ou ouvrez un fichier de corrections.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_panel.py" line="77" />
        <source>Comment on this area (saved at once)</source>
        <translation>Commentaire sur cette zone (enregistré aussitôt)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_panel.py" line="102" />
        <source>{action} (key {key})</source>
        <translation>{action} (touche {key})</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_panel.py" line="118" />
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_panel.py" line="118" />
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_panel.py" line="118" />
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_panel.py" line="118" />
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_panel.py" line="118" />
        <source>Uncertain</source>
        <translation>Incertaine</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_panel.py" line="118" />
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_panel.py" line="135" />
        <source>Edit the corrections layer (QGIS' digitizing tools: reshape, split, merge, delete, add)</source>
        <translation>Modifier la couche de corrections (outils de numérisation de QGIS : remodeler, scinder, fusionner, supprimer, ajouter)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_panel.py" line="137" />
        <source>Draw a missing moving area</source>
        <translation>Dessiner une zone en mouvement manquante</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_panel.py" line="138" />
        <source>Move the vertices of an area</source>
        <translation>Déplacer les sommets d'une zone</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_panel.py" line="139" />
        <source>Split an area</source>
        <translation>Scinder une zone</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_panel.py" line="140" />
        <source>Delete the selected areas</source>
        <translation>Supprimer les zones sélectionnées</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_panel.py" line="141" />
        <source>Undo the last geometry edit</source>
        <translation>Annuler la dernière modification de géométrie</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_panel.py" line="142" />
        <source>Redo the last undone geometry edit</source>
        <translation>Rétablir la dernière modification de géométrie annulée</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_panel.py" line="143" />
        <source>Save the geometry edits (statuses and comments are saved at once)</source>
        <translation>Enregistrer les modifications de géométrie (statuts et commentaires sont enregistrés aussitôt)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_panel.py" line="217" />
        <source>Select an area first (Next / Previous or the table).</source>
        <translation>Sélectionnez d'abord une zone (Suivante / Précédente ou le tableau).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_panel.py" line="285" />
        <source>{reviewed} of {count} areas reviewed</source>
        <translation>{reviewed} zones revues sur {count}</translation>
    </message>
</context>
<context>
    <name>ReviewTableModel</name>
    <message>
        <location filename="../isslide_qgis/gui/review_table.py" line="96" />
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_table.py" line="96" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_table.py" line="96" />
        <source>Size</source>
        <translation>Surface</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_table.py" line="96" />
        <source>Coherence</source>
        <translation>Cohérence</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_table.py" line="96" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_table.py" line="120" />
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_table.py" line="127" />
        <source>{value:.0f} px</source>
        <translation>{value:.0f} px</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_table.py" line="128" />
        <source>{value:.2f} ha</source>
        <translation>{value:.2f} ha</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_table.py" line="96" />
        <source>Velocity (cm/yr)</source>
        <translation>Vitesse (cm/an)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_table.py" line="140" />
        <source>No LOS velocity (reliability: {reliability})</source>
        <translation>Pas de vitesse LOS (fiabilité : {reliability})</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_table.py" line="142" />
        <source>LOS velocity {value:.1f} cm/yr (+ towards the satellite), reliability: {reliability}</source>
        <translation>Vitesse LOS {value:.1f} cm/an (+ vers le satellite), fiabilité : {reliability}</translation>
    </message>
</context>
<context>
    <name>RoundTripTask</name>
    <message>
        <location filename="../isslide_qgis/gui/round_trip.py" line="30" />
        <source>ISSLIDE fine-tuning on the review</source>
        <translation>Affinage ISSLIDE sur la revue</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/round_trip.py" line="41" />
        <source>Cannot create the training folder '{path}': {error}.</source>
        <translation>Impossible de créer le dossier d'entraînement '{path}' : {error}.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/round_trip.py" line="69" />
        <source>The session's model '{path}' is missing: choose another model and run the detection again.</source>
        <translation>Le modèle de la session '{path}' est introuvable : choisissez un autre modèle et relancez la détection.</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../isslide_qgis/gui/settings_panel.py" line="51" />
        <source>Python packages folder</source>
        <translation>Dossier des paquets Python</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/settings_panel.py" line="64" />
        <source>Device</source>
        <translation>Processeur de calcul</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/settings_panel.py" line="73" />
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/settings_panel.py" line="74" />
        <source>CPU threads</source>
        <translation>Threads CPU</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/settings_panel.py" line="80" />
        <source>Default folder</source>
        <translation>Dossier par défaut</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/settings_panel.py" line="81" />
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/settings_panel.py" line="83" />
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/settings_panel.py" line="84" />
        <source>Geometry edits are saved this often (statuses and comments are saved at once)</source>
        <translation>Fréquence d'enregistrement des modifications de géométrie (statuts et commentaires sont enregistrés aussitôt)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/settings_panel.py" line="87" />
        <source>Auto-save every</source>
        <translation>Enregistrement automatique toutes les</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/settings_panel.py" line="90" />
        <source>your login name</source>
        <translation>votre identifiant</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/settings_panel.py" line="92" />
        <source>Reviewer</source>
        <translation>Relecteur</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/settings_panel.py" line="69" />
        <source>auto: ONNX Runtime when it is installed and the model has an ONNX file, else PyTorch</source>
        <translation>auto : ONNX Runtime s'il est installé et si le modèle a un fichier ONNX, sinon PyTorch</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/settings_panel.py" line="72" />
        <source>Inference backend</source>
        <translation>Moteur d'inférence</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/settings_panel.py" line="46" />
        <source>Folder of extra Python packages (torch, ONNX Runtime) for QGIS' Python, set by Install dependencies… or by hand; restart QGIS after changing it by hand</source>
        <translation>Dossier de paquets Python supplémentaires (torch, ONNX Runtime) pour le Python de QGIS, défini par Installer les dépendances… ou à la main ; redémarrez QGIS après l'avoir changé à la main</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/settings_panel.py" line="53" />
        <source>Install dependencies…</source>
        <translation>Installer les dépendances…</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/settings_panel.py" line="56" />
        <source>Copy diagnostics</source>
        <translation>Copier le diagnostic</translation>
    </message>
</context>
<context>
    <name>SimulateScene</name>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="64" />
        <source>Simulate interferogram scene</source>
        <translation>Simuler une scène interférométrique</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="68" />
        <source>Simulates a Sentinel-1 wrapped interferogram with known moving areas, for training, testing and learning the tool.
Physics: C-band wavelength 5.5466 cm (one fringe = 2.77 cm of line-of-sight motion); moving bodies (rock glaciers, landslides) of 0.05-0.5 km2 whose displacement scales with the temporal baseline; turbulent (power law, 8/3) and stratified (height-dependent) troposphere on an alpine DEM; orbital ramp; decorrelation noise drawn from the coherence and the number of looks; the Goldstein filter of the ISSLIDE processing; incoherent zones (forest, snow, steep slopes); atmospheric blobs that look like movement but are not (decoys); swath borders and holes as nodata.
Outputs: phase (radians), coherence, truth mask, moving-area polygons, DEM and a SPOT-like optical image at a finer resolution. The same seed gives the same files. 'Varied configuration' draws the CRS, baseline, atmosphere, noise and nodata layout from the seed, as for training data; the size is kept.</source>
        <translation>Simule un interférogramme Sentinel-1 enroulé avec des zones en mouvement connues, pour entraîner, tester et apprendre l'outil.
Physique : longueur d'onde bande C 5,5466 cm (une frange = 2,77 cm de déplacement en visée) ; corps en mouvement (glaciers rocheux, glissements) de 0,05 à 0,5 km2 dont le déplacement croît avec l'écart temporel ; troposphère turbulente (loi de puissance, 8/3) et stratifiée (selon l'altitude) sur un MNT alpin ; rampe orbitale ; bruit de décorrélation tiré de la cohérence et du nombre de vues ; le filtre de Goldstein de la chaîne ISSLIDE ; zones incohérentes (forêt, neige, pentes raides) ; bulles atmosphériques qui ressemblent à un mouvement sans en être (leurres) ; bords de fauchée et trous sans donnée.
Sorties : phase (radians), cohérence, masque de vérité, polygones des zones en mouvement, MNT et une image optique de type SPOT à résolution plus fine. La même graine donne les mêmes fichiers. « Configuration variée » tire de la graine le SCR, l'écart temporel, l'atmosphère, le bruit et la disposition des zones sans donnée, comme pour les données d'entraînement ; la taille est conservée.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="86" />
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="88" />
        <source>Size (pixels a side)</source>
        <translation>Taille (pixels de côté)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="91" />
        <source>Temporal baseline (days)</source>
        <translation>Écart temporel (jours)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="94" />
        <source>CRS (ISSLIDE: EPSG:4326; UTM 32N: EPSG:32632)</source>
        <translation>SCR (ISSLIDE : EPSG:4326 ; UTM 32N : EPSG:32632)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="97" />
        <source>Radar geometry (no CRS, pixel grid)</source>
        <translation>Géométrie radar (sans SCR, grille de pixels)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="100" />
        <source>Atmospheric decoys only (no moving area)</source>
        <translation>Leurres atmosphériques seulement (aucune zone en mouvement)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="103" />
        <source>Atmosphere</source>
        <translation>Atmosphère</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="106" />
        <source>Nodata layout</source>
        <translation>Disposition des zones sans donnée</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="109" />
        <source>Goldstein filter (as in ISSLIDE)</source>
        <translation>Filtre de Goldstein (comme dans ISSLIDE)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="111" />
        <source>Varied configuration drawn from the seed</source>
        <translation>Configuration variée tirée de la graine</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="114" />
        <source>Wrapped phase</source>
        <translation>Phase enroulée</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="116" />
        <source>Coherence</source>
        <translation>Cohérence</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="118" />
        <source>Truth mask</source>
        <translation>Masque de vérité</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="120" />
        <source>Moving areas (truth polygons)</source>
        <translation>Zones en mouvement (polygones de vérité)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="122" />
        <source>DEM</source>
        <translation>MNT</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="124" />
        <source>Optical image (SPOT-like)</source>
        <translation>Image optique (type SPOT)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="169" />
        <source>Simulating a {h} x {w} scene, {days}-day baseline, CRS {crs}</source>
        <translation>Simulation d'une scène de {h} x {w}, écart de {days} jours, SCR {crs}</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="169" />
        <source>none (radar)</source>
        <translation>aucun (radar)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="189" />
        <source>{bodies} moving areas, {decoys} atmospheric decoys</source>
        <translation>{bodies} zones en mouvement, {decoys} leurres atmosphériques</translation>
    </message>
</context>
<context>
    <name>TrainModel</name>
    <message>
        <location filename="../isslide_qgis/processing/train_model.py" line="44" />
        <source>Train model</source>
        <translation>Entraîner un modèle</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/train_model.py" line="63" />
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/train_model.py" line="66" />
        <source>Training dataset (ISSLIDE layout folder)</source>
        <translation>Jeu d'entraînement (dossier au format ISSLIDE)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/train_model.py" line="69" />
        <source>Simulated training scenes</source>
        <translation>Scènes d'entraînement simulées</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/train_model.py" line="71" />
        <source>Test zone (papers' split; empty: none)</source>
        <translation>Zone de test (séparation des articles ; vide : aucune)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/train_model.py" line="73" />
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/train_model.py" line="75" />
        <source>Learning rate</source>
        <translation>Taux d'apprentissage</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/train_model.py" line="77" />
        <source>Batch size</source>
        <translation>Taille des lots</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/train_model.py" line="79" />
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/train_model.py" line="81" />
        <source>ECSPLAIN: weight of the CAM constraint</source>
        <translation>ECSPLAIN : poids de la contrainte de CAM</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/train_model.py" line="83" />
        <source>ECSPLAIN: CAM method of the loss</source>
        <translation>ECSPLAIN : méthode de CAM de la perte</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/train_model.py" line="86" />
        <source>Trained checkpoint</source>
        <translation>Point de contrôle entraîné</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/train_model.py" line="106" />
        <source>Trained model written to {path}</source>
        <translation>Modèle entraîné écrit dans {path}</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/train_model.py" line="48" />
        <source>Trains one of the networks of the ISSLIDE/ECSPLAIN papers from scratch and writes a checkpoint (model card + weights) usable by detection, explanation and fine-tuning, and optionally an HTML training report (loss per epoch, curves on the validation patches).
Data: an ISSLIDE-layout dataset folder (from 'Extract training patches') and/or a number of simulated training scenes. With a test zone, the papers' split is used and the zone's late dates stay unseen; a quarter of the interferograms chooses the thresholds (else 0.5).
ECSPLAIN: the loss adds the class-activation-map constraint (weight W_SEGM; 0 trains a plain classifier) with the chosen CAM method. Paper-size networks are slow on a CPU: the compact variants (_w8, _w16) train in minutes.</source>
        <translation>Entraîne depuis zéro l'un des réseaux des articles ISSLIDE/ECSPLAIN et écrit un fichier de points de contrôle (fiche du modèle + poids) utilisable par la détection, l'explication et l'affinage, et en option un rapport HTML d'entraînement (perte à chaque époque, courbes sur les imagettes de validation).
Données : un dossier de jeu de données au format ISSLIDE (issu de « Extraire des imagettes d'entraînement ») et/ou un nombre de scènes simulées. Avec une zone de test, le découpage des articles est utilisé et les dernières dates de la zone ne sont jamais vues ; un quart des interférogrammes sert à choisir les seuils (sinon 0,5).
ECSPLAIN : la perte ajoute la contrainte de carte d'activation de classe (poids W_SEGM ; 0 entraîne un simple classifieur) avec la méthode CAM choisie. Les réseaux à la taille des articles sont lents sur CPU : les variantes compactes (_w8, _w16) s'entraînent en quelques minutes.</translation>
    </message>
</context>
<context>
    <name>VectorizeProbability</name>
    <message>
        <location filename="../isslide_qgis/processing/vectorize_probability.py" line="46" />
        <source>Vectorise probability</source>
        <translation>Vectoriser la probabilité</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/vectorize_probability.py" line="50" />
        <source>Turns a probability-of-movement raster (from 'Detect moving areas') into one polygon per moving area: pixels strictly above the threshold, 8-connected, areas smaller than the minimum dropped (m²; pixels when the raster has no CRS), optionally simplified (tolerance in pixels) and smoothed. Attributes: id (by decreasing maximum probability), maximum and mean probability, area (on the ellipsoid for lat/lon), mean coherence when a coherence raster is given, interferogram name, baseline and dates, and a review status for the review dock. Large rasters are processed in strips; an area crossing strips stays one polygon.</source>
        <translation>Transforme un raster de probabilité de mouvement (issu de « Détecter les zones en mouvement ») en un polygone par zone en mouvement : pixels strictement au-dessus du seuil, connexité 8, zones plus petites que la surface minimale écartées (m² ; pixels quand le raster n'a pas de SCR), contours éventuellement simplifiés (tolérance en pixels) et lissés. Attributs : identifiant (par probabilité maximale décroissante), probabilité maximale et moyenne, surface (sur l'ellipsoïde en lat/lon), cohérence moyenne quand un raster de cohérence est donné, nom de l'interférogramme, écart temporel et dates, et un statut de revue pour le panneau de revue. Les grands rasters sont traités par bandes ; une zone à cheval sur deux bandes reste un seul polygone.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/vectorize_probability.py" line="69" />
        <source>Probability raster</source>
        <translation>Raster de probabilité</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/vectorize_probability.py" line="71" />
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/vectorize_probability.py" line="73" />
        <source>Minimum area (m², pixels without CRS)</source>
        <translation>Surface minimale (m², pixels sans SCR)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/vectorize_probability.py" line="75" />
        <source>Coherence (for the mean coherence attribute)</source>
        <translation>Cohérence (pour l'attribut de cohérence moyenne)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/vectorize_probability.py" line="78" />
        <source>Simplification tolerance (pixels)</source>
        <translation>Tolérance de simplification (pixels)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/vectorize_probability.py" line="80" />
        <source>Smooth outlines</source>
        <translation>Lisser les contours</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/vectorize_probability.py" line="82" />
        <source>Interferogram name (dates, e.g. 20200701_20200707)</source>
        <translation>Nom de l'interférogramme (dates, p. ex. 20200701_20200707)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/vectorize_probability.py" line="89" />
        <source>Moving areas</source>
        <translation>Zones en mouvement</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/vectorize_probability.py" line="91" />
        <source>Moving areas found</source>
        <translation>Zones en mouvement trouvées</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/vectorize_probability.py" line="59" />
        <source>Given the interferogram the probability was computed from (same grid), each area also gets its kinematics, as in 'Detect moving areas': disp_los_cm (LOS, cm, positive towards the satellite), disp_los_median_cm, fringes, vel_los_cm_yr (over the interval from Temporal baseline, the interferogram's name or the Interferogram name), vel_class (cm/yr) and kin_reliability. Without it these fields are empty, the class undefined and the reliability low.</source>
        <translation>Avec l'interférogramme à partir duquel la probabilité a été calculée (même grille), chaque zone reçoit aussi sa cinématique, comme dans « Détecter les zones en mouvement » : disp_los_cm (LOS, cm, positif vers le satellite), disp_los_median_cm, fringes, vel_los_cm_yr (sur l'intervalle donné par Écart temporel pour les vitesses, le nom de l'interférogramme ou le Nom de l'interférogramme), vel_class (cm/an) et kin_reliability. Sans lui ces champs sont vides, la classe undefined et la fiabilité low.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/vectorize_probability.py" line="85" />
        <source>Interferogram (wrapped phase, for the kinematics)</source>
        <translation>Interférogramme (phase enroulée, pour la cinématique)</translation>
    </message>
</context>
</TS>