<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<!-- isslide_qgis: default style of the "patch_scores" layer (QGIS 3.22).
     One square per patch, graduated on the detection score: the red fill grows from
     transparent (score near 0) to half opaque (score near 1); thin grey outlines. -->
<qgis version="3.22.16-Białowieża" styleCategories="Symbology" labelsEnabled="0">
  <renderer-v2 type="graduatedSymbol" attr="score" graduatedMethod="GraduatedColor" forceraster="0" symbollevels="0" enableorderby="0" referencescale="-1">
    <ranges>
      <range render="true" symbol="0" lower="0.000000" upper="0.200000" label="0 - 0.2"/>
      <range render="true" symbol="1" lower="0.200000" upper="0.400000" label="0.2 - 0.4"/>
      <range render="true" symbol="2" lower="0.400000" upper="0.600000" label="0.4 - 0.6"/>
      <range render="true" symbol="3" lower="0.600000" upper="0.800000" label="0.6 - 0.8"/>
      <range render="true" symbol="4" lower="0.800000" upper="1.000000" label="0.8 - 1"/>
    </ranges>
    <symbols>
      <symbol type="fill" name="0" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <prop k="style" v="solid"/>
          <prop k="color" v="215,25,28,0"/>
          <prop k="outline_color" v="120,120,120,160"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.2"/>
          <prop k="outline_width_unit" v="MM"/>
        </layer>
      </symbol>
      <symbol type="fill" name="1" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <prop k="style" v="solid"/>
          <prop k="color" v="215,25,28,30"/>
          <prop k="outline_color" v="120,120,120,160"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.2"/>
          <prop k="outline_width_unit" v="MM"/>
        </layer>
      </symbol>
      <symbol type="fill" name="2" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <prop k="style" v="solid"/>
          <prop k="color" v="215,25,28,60"/>
          <prop k="outline_color" v="120,120,120,160"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.2"/>
          <prop k="outline_width_unit" v="MM"/>
        </layer>
      </symbol>
      <symbol type="fill" name="3" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <prop k="style" v="solid"/>
          <prop k="color" v="215,25,28,95"/>
          <prop k="outline_color" v="120,120,120,160"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.2"/>
          <prop k="outline_width_unit" v="MM"/>
        </layer>
      </symbol>
      <symbol type="fill" name="4" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <prop k="style" v="solid"/>
          <prop k="color" v="215,25,28,130"/>
          <prop k="outline_color" v="120,120,120,160"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.2"/>
          <prop k="outline_width_unit" v="MM"/>
        </layer>
      </symbol>
    </symbols>
    <mode name="equal"/>
  </renderer-v2>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
</qgis>
