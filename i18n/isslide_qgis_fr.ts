<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>CheckInstallation</name>
    <message>
        <location filename="../isslide_qgis/processing/check_installation.py" line="28" />
        <source>Check installation</source>
        <translation>Vérifier l'installation</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/check_installation.py" line="31" />
        <source>Checks that the Python used by QGIS can import PyTorch and the geospatial libraries the ISSLIDE algorithms need, and reports their versions, the compute devices (CPU threads, CUDA GPUs) and the extra packages folder. When PyTorch is missing, the message gives the exact commands that install it.</source>
        <translation>Vérifie que le Python utilisé par QGIS peut importer PyTorch et les bibliothèques géospatiales dont les algorithmes ISSLIDE ont besoin, et indique leurs versions, les processeurs de calcul (fils d'exécution CPU, GPU CUDA) et le dossier de paquets supplémentaires. Si PyTorch manque, le message donne les commandes exactes qui l'installent.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/check_installation.py" line="38" />
        <source>PyTorch version</source>
        <translation>Version de PyTorch</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/check_installation.py" line="40" />
        <source>Compute devices</source>
        <translation>Processeurs de calcul</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/check_installation.py" line="45" />
        <source>Python: {version}</source>
        <translation>Python : {version}</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/check_installation.py" line="46" />
        <source>Extra packages folder: {folder}</source>
        <translation>Dossier de paquets supplémentaires : {folder}</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/check_installation.py" line="46" />
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/check_installation.py" line="50" />
        <source>Devices: {devices}</source>
        <translation>Processeurs : {devices}</translation>
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
        <location filename="../isslide_qgis/processing/extract_patches.py" line="50" />
        <source>Builds a training dataset in the ISSLIDE folder layout from an interferogram, its coherence and annotation polygons of moving areas.
Positive patches (default 100 x 100 pixels) are centred on the local maxima of the distance transform of the annotations, as in the ISSLIDE dataset, so the same patches recur at every date of a zone. Negative patches are drawn at random away from every annotation (Negatives = how many).
Layout: &lt;folder&gt;/&lt;delay&gt;/&lt;zone&gt;/&lt;interferogram&gt;/phase|coherence/&lt;zone&gt;_NNN.tif, masks in &lt;folder&gt;/&lt;delay&gt;/&lt;zone&gt;/Segmentations/&lt;interferogram&gt;/, negatives in &lt;folder&gt;/negatives/&lt;delay&gt;/&lt;interferogram&gt;/. Every patch keeps its georeferencing. Run it once per interferogram into the same folder to build a multi-date dataset; name interferograms by their dates (e.g. 20200101_20200107) so training can split them chronologically.</source>
        <translation>Construit un jeu d'entraînement selon l'arborescence ISSLIDE à partir d'un interférogramme, de sa cohérence et de polygones d'annotation des zones en mouvement.
Les imagettes positives (100 x 100 pixels par défaut) sont centrées sur les maxima locaux de la transformée en distance des annotations, comme dans le jeu ISSLIDE : les mêmes imagettes reviennent à chaque date d'une zone. Les imagettes négatives sont tirées au hasard loin de toute annotation (Négatives = combien).
Arborescence : &lt;dossier&gt;/&lt;délai&gt;/&lt;zone&gt;/&lt;interférogramme&gt;/phase|coherence/&lt;zone&gt;_NNN.tif, masques dans &lt;dossier&gt;/&lt;délai&gt;/&lt;zone&gt;/Segmentations/&lt;interférogramme&gt;/, négatives dans &lt;dossier&gt;/negatives/&lt;délai&gt;/&lt;interférogramme&gt;/. Chaque imagette garde son géoréférencement. Lancez l'algorithme une fois par interférogramme dans le même dossier pour un jeu multi-dates ; nommez les interférogrammes par leurs dates (p. ex. 20200101_20200107) pour que l'entraînement puisse les séparer chronologiquement.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/extract_patches.py" line="66" />
        <source>Annotations (polygons of moving areas)</source>
        <translation>Annotations (polygones des zones en mouvement)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/extract_patches.py" line="69" />
        <source>Zone name (e.g. Queyras)</source>
        <translation>Nom de la zone (p. ex. Queyras)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/extract_patches.py" line="71" />
        <source>Temporal baseline (days)</source>
        <translation>Écart temporel (jours)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/extract_patches.py" line="74" />
        <source>Interferogram name (default: the file name)</source>
        <translation>Nom de l'interférogramme (par défaut : le nom du fichier)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/extract_patches.py" line="77" />
        <source>Patch size (pixels)</source>
        <translation>Taille des imagettes (pixels)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/extract_patches.py" line="80" />
        <source>Negative patches (no movement)</source>
        <translation>Imagettes négatives (sans mouvement)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/extract_patches.py" line="83" />
        <source>Random seed (negatives)</source>
        <translation>Graine aléatoire (négatives)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/extract_patches.py" line="86" />
        <source>Dataset folder</source>
        <translation>Dossier du jeu de données</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/extract_patches.py" line="88" />
        <source>Positive patches</source>
        <translation>Imagettes positives</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/extract_patches.py" line="89" />
        <source>Negative patches</source>
        <translation>Imagettes négatives</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/extract_patches.py" line="113" />
        <source>{positives} positive and {negatives} negative patches written to {folder}</source>
        <translation>{positives} imagettes positives et {negatives} négatives écrites dans {folder}</translation>
    </message>
</context>
<context>
    <name>IsslideAlgorithm</name>
    <message>
        <location filename="../isslide_qgis/processing/base.py" line="71" />
        <source>Cancelled: no output was written.</source>
        <translation>Annulé : aucune sortie n'a été écrite.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/base.py" line="77" />
        <source>{name} failed unexpectedly: {error}. This is a bug of the ISSLIDE plugin; the details are in the QGIS message log (tab ISSLIDE). Please report them.</source>
        <translation>{name} a échoué de façon inattendue : {error}. C'est un défaut de l'extension ISSLIDE ; les détails sont dans le journal des messages de QGIS (onglet ISSLIDE). Merci de les signaler.</translation>
    </message>
</context>
<context>
    <name>IsslideCore</name>
    <message>
        <location filename="../isslide_qgis/core/dependencies.py" line="46" />
        <source>This algorithm needs PyTorch (torch {version}), which the Python used by QGIS cannot import ({reason}).</source>
        <translation>Cet algorithme a besoin de PyTorch (torch {version}), que le Python utilisé par QGIS ne peut pas importer ({reason}).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/dependencies.py" line="49" />
        <source>To fix it, install the CPU build of torch into a packages folder, then restart QGIS:</source>
        <translation>Pour corriger, installez la version CPU de torch dans un dossier de paquets, puis redémarrez QGIS :</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/dependencies.py" line="55" />
        <source>Alternatively, from a checkout of isslide_qgis, 'make deploy' creates a virtual environment with torch and points the setting at it.</source>
        <translation>Autre possibilité : depuis une copie des sources d'isslide_qgis, « make deploy » crée un environnement virtuel avec torch et y fait pointer ce paramètre.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/dependencies.py" line="57" />
        <source>For qgis_process on a server, 'PYTHONPATH=&lt;folder&gt; qgis_process run ...' also works.</source>
        <translation>Pour qgis_process sur un serveur, « PYTHONPATH=&lt;dossier&gt; qgis_process run ... » fonctionne aussi.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/dependencies.py" line="53" />
        <source>and set that folder as the plugin's extra Python packages folder (QGIS setting isslide_qgis/packages_folder).</source>
        <translation>et indiquez ce dossier comme dossier de paquets Python supplémentaires de l'extension (paramètre QGIS isslide_qgis/packages_folder).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/simulation/config.py" line="121" />
        <source>Invalid simulation settings: {p}. Fix these values.</source>
        <translation>Paramètres de simulation invalides : {p}. Corrigez ces valeurs.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/simulation/writer.py" line="174" />
        <source>GDAL's Python bindings (osgeo) are needed to write '{path}'.</source>
        <translation>Les liaisons Python de GDAL (osgeo) sont nécessaires pour écrire « {path} ».</translation>
    </message>
</context>
<context>
    <name>IsslideDock</name>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="16" />
        <source>ISSLIDE detection and review</source>
        <translation>ISSLIDE : détection et revue</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="28" />
        <source>PyTorch found: detection and training are available.</source>
        <translation>PyTorch trouvé : la détection et l'entraînement sont disponibles.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="29" />
        <source>PyTorch {version} was not found: detection and training need it. Run the Processing algorithm 'Check installation' for the fix.</source>
        <translation>PyTorch {version} est introuvable : la détection et l'entraînement en ont besoin. Lancez l'algorithme de traitement « Vérifier l'installation » pour savoir comment corriger.</translation>
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
    <name>IsslidePlugin</name>
    <message>
        <location filename="../isslide_qgis/plugin.py" line="35" />
        <source>&amp;ISSLIDE</source>
        <translation>&amp;ISSLIDE</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/plugin.py" line="49" />
        <source>ISSLIDE detection and review</source>
        <translation>ISSLIDE : détection et revue</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/plugin.py" line="53" />
        <source>Show or hide the ISSLIDE detection and review panel</source>
        <translation>Afficher ou masquer le panneau ISSLIDE de détection et de revue</translation>
    </message>
</context>
<context>
    <name>IsslideProvider</name>
    <message>
        <location filename="../isslide_qgis/processing/provider.py" line="22" />
        <source>ISSLIDE: slow ground movements on InSAR interferograms</source>
        <translation>ISSLIDE : mouvements lents du sol sur interférogrammes InSAR</translation>
    </message>
</context>
<context>
    <name>PrepareChannels</name>
    <message>
        <location filename="../isslide_qgis/processing/prepare_channels.py" line="32" />
        <source>Prepare input channels</source>
        <translation>Préparer les canaux d'entrée</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/prepare_channels.py" line="35" />
        <source>Turns a wrapped interferogram and its coherence into the input channels of the networks, written as a float GeoTIFF on the interferogram's grid.
Conventions: coh_cos_sin = [coherence, cos(phase), sin(phase)] (the 2023 segmenters FCN, DeepLabV3, UNet, ResUNet, SepUNet); cohcos_cohsin = [coherence*cos(phase), coherence*sin(phase)] (ECSPLAIN).
The interferogram may be a phase in radians (one band), a complex band, two bands real/imaginary, or two bands cos/sin; the encoding is detected unless you choose it. Pixels whose coherence is below the threshold, and nodata pixels (swath borders, masked areas), are nodata in every channel. A coherence raster on another grid is resampled onto the interferogram's grid. A raster without CRS is treated as radar geometry: the output keeps its pixel grid.</source>
        <translation>Transforme un interférogramme enroulé et sa cohérence en canaux d'entrée des réseaux, écrits en GeoTIFF flottant sur la grille de l'interférogramme.
Conventions : coh_cos_sin = [cohérence, cos(phase), sin(phase)] (les segmenteurs de 2023 FCN, DeepLabV3, UNet, ResUNet, SepUNet) ; cohcos_cohsin = [cohérence*cos(phase), cohérence*sin(phase)] (ECSPLAIN).
L'interférogramme peut être une phase en radians (une bande), une bande complexe, deux bandes réelle/imaginaire ou deux bandes cos/sin ; le codage est détecté sauf si vous le choisissez. Les pixels de cohérence inférieure au seuil et les pixels sans donnée (bords de fauchée, zones masquées) sont sans donnée dans tous les canaux. Une cohérence sur une autre grille est rééchantillonnée sur la grille de l'interférogramme. Un raster sans SCR est traité en géométrie radar : la sortie garde sa grille de pixels.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/prepare_channels.py" line="50" />
        <source>Input convention</source>
        <translation>Convention d'entrée</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/prepare_channels.py" line="53" />
        <source>Coherence threshold (below: nodata)</source>
        <translation>Seuil de cohérence (en dessous : sans donnée)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/prepare_channels.py" line="56" />
        <source>Input channels</source>
        <translation>Canaux d'entrée</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/prepare_channels.py" line="64" />
        <source>The convention {name} needs a coherence raster.</source>
        <translation>La convention {name} nécessite un raster de cohérence.</translation>
    </message>
</context>
<context>
    <name>SimulateScene</name>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="63" />
        <source>Simulate interferogram scene</source>
        <translation>Simuler une scène interférométrique</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="66" />
        <source>Simulates a Sentinel-1 wrapped interferogram with known moving areas, for training, testing and learning the tool.
Physics: C-band wavelength 5.5466 cm (one fringe = 2.77 cm of line-of-sight motion); moving bodies (rock glaciers, landslides) of 0.05-0.5 km2 whose displacement scales with the temporal baseline; turbulent (power law, 8/3) and stratified (height-dependent) troposphere on an alpine DEM; orbital ramp; decorrelation noise drawn from the coherence and the number of looks; the Goldstein filter of the ISSLIDE processing; incoherent zones (forest, snow, steep slopes); atmospheric blobs that look like movement but are not (decoys); swath borders and holes as nodata.
Outputs: phase (radians), coherence, truth mask, moving-area polygons, DEM and a SPOT-like optical image at a finer resolution. The same seed gives the same files. 'Varied configuration' draws the CRS, baseline, atmosphere, noise and nodata layout from the seed, as for training data; the size is kept.</source>
        <translation>Simule un interférogramme Sentinel-1 enroulé avec des zones en mouvement connues, pour entraîner, tester et apprendre l'outil.
Physique : longueur d'onde bande C 5,5466 cm (une frange = 2,77 cm de déplacement en visée) ; corps en mouvement (glaciers rocheux, glissements) de 0,05 à 0,5 km2 dont le déplacement croît avec l'écart temporel ; troposphère turbulente (loi de puissance, 8/3) et stratifiée (selon l'altitude) sur un MNT alpin ; rampe orbitale ; bruit de décorrélation tiré de la cohérence et du nombre de vues ; le filtre de Goldstein de la chaîne ISSLIDE ; zones incohérentes (forêt, neige, pentes raides) ; bulles atmosphériques qui ressemblent à un mouvement sans en être (leurres) ; bords de fauchée et trous sans donnée.
Sorties : phase (radians), cohérence, masque de vérité, polygones des zones en mouvement, MNT et une image optique de type SPOT à résolution plus fine. La même graine donne les mêmes fichiers. « Configuration variée » tire de la graine le SCR, l'écart temporel, l'atmosphère, le bruit et la disposition des zones sans donnée, comme pour les données d'entraînement ; la taille est conservée.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="84" />
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="86" />
        <source>Size (pixels a side)</source>
        <translation>Taille (pixels de côté)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="89" />
        <source>Temporal baseline (days)</source>
        <translation>Écart temporel (jours)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="92" />
        <source>CRS (ISSLIDE: EPSG:4326; UTM 32N: EPSG:32632)</source>
        <translation>SCR (ISSLIDE : EPSG:4326 ; UTM 32N : EPSG:32632)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="95" />
        <source>Radar geometry (no CRS, pixel grid)</source>
        <translation>Géométrie radar (sans SCR, grille de pixels)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="98" />
        <source>Atmospheric decoys only (no moving area)</source>
        <translation>Leurres atmosphériques seulement (aucune zone en mouvement)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="101" />
        <source>Atmosphere</source>
        <translation>Atmosphère</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="104" />
        <source>Nodata layout</source>
        <translation>Disposition des zones sans donnée</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="107" />
        <source>Goldstein filter (as in ISSLIDE)</source>
        <translation>Filtre de Goldstein (comme dans ISSLIDE)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="109" />
        <source>Varied configuration drawn from the seed</source>
        <translation>Configuration variée tirée de la graine</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="112" />
        <source>Wrapped phase</source>
        <translation>Phase enroulée</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="114" />
        <source>Coherence</source>
        <translation>Cohérence</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="116" />
        <source>Truth mask</source>
        <translation>Masque de vérité</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="118" />
        <source>Moving areas (truth polygons)</source>
        <translation>Zones en mouvement (polygones de vérité)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="120" />
        <source>DEM</source>
        <translation>MNT</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="122" />
        <source>Optical image (SPOT-like)</source>
        <translation>Image optique (type SPOT)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="167" />
        <source>Simulating a {h} x {w} scene, {days}-day baseline, CRS {crs}</source>
        <translation>Simulation d'une scène de {h} x {w}, écart de {days} jours, SCR {crs}</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="167" />
        <source>none (radar)</source>
        <translation>aucun (radar)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="187" />
        <source>{bodies} moving areas, {decoys} atmospheric decoys</source>
        <translation>{bodies} zones en mouvement, {decoys} leurres atmosphériques</translation>
    </message>
</context>
</TS>